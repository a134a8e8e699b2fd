import type { RouteObject } from 'react-router';
import { NewUnitScreen } from './NewUnitScreen';
import { UnitDetailScreen } from './UnitDetailScreen';
import { UnitsScreen } from './UnitsScreen';

export const unitsRoutes: RouteObject[] = [
  { index: true, element: <UnitsScreen /> },
  { path: 'new', element: <NewUnitScreen /> },
  { path: ':id', element: <UnitDetailScreen /> },
];
