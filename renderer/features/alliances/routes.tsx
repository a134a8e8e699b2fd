import type { RouteObject } from 'react-router';
import { AllianceDetailScreen } from './AllianceDetailScreen';
import { EditAllianceScreen, NewAllianceScreen } from './AllianceFormScreens';
import { AlliancesScreen } from './AlliancesScreen';

export const alliancesRoutes: RouteObject[] = [
  { index: true, element: <AlliancesScreen /> },
  { path: 'new', element: <NewAllianceScreen /> },
  { path: ':id', element: <AllianceDetailScreen /> },
  { path: ':id/edit', element: <EditAllianceScreen /> },
];
