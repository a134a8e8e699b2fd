import { createHashRouter, Navigate } from 'react-router';
import { agreementsRoutes } from '../features/agreements/routes';
import { alliancesRoutes } from '../features/alliances/routes';
import { documentsRoutes } from '../features/documents/routes';
import { eventsRoutes } from '../features/events/routes';
import { importRoutes } from '../features/import/routes';
import { peopleRoutes } from '../features/people/routes';
import { plansRoutes } from '../features/plans/routes';
import { reportsRoutes } from '../features/reports/routes';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { syncRoutes } from '../features/sync/routes';
import { unitsRoutes } from '../features/units/routes';
import { sectionPath } from './sections';
import { Shell } from './Shell';

/**
 * Hash routes: the same URLs work from the app:// protocol and from browser mode's static
 * server without either having to know the renderer's routes.
 */
export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to={sectionPath('alliances')} replace /> },
      { path: 'alliances', children: alliancesRoutes },
      { path: 'units', children: unitsRoutes },
      { path: 'people', children: peopleRoutes },
      { path: 'events', children: eventsRoutes },
      { path: 'agreements', children: agreementsRoutes },
      { path: 'import/:kind', children: importRoutes },
      { path: 'plans', children: plansRoutes },
      { path: 'reports', children: reportsRoutes },
      { path: 'documents', children: documentsRoutes },
      { path: 'sync', children: syncRoutes },
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <Navigate to={sectionPath('alliances')} replace /> },
    ],
  },
]);
