import { createHashRouter, Navigate } from 'react-router';
import { SectionIntro } from '../components/SectionIntro';
import { SettingsScreen } from '../features/settings/SettingsScreen';
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
      { path: 'alliances', element: <SectionIntro section="alliances" /> },
      { path: 'units', element: <SectionIntro section="units" /> },
      { path: 'people', element: <SectionIntro section="people" /> },
      { path: 'events', element: <SectionIntro section="events" /> },
      { path: 'agreements', element: <SectionIntro section="agreements" /> },
      { path: 'plans', element: <SectionIntro section="plans" /> },
      { path: 'documents', element: <SectionIntro section="documents" /> },
      { path: 'sync', element: <SectionIntro section="sync" /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <Navigate to={sectionPath('alliances')} replace /> },
    ],
  },
]);
