import type { RouteObject } from 'react-router';
import { PlanDetailScreen } from './PlanDetailScreen';
import { EditPlanScreen, NewPlanScreen } from './PlanFormScreens';
import { PlansScreen } from './PlansScreen';

export const plansRoutes: RouteObject[] = [
  { index: true, element: <PlansScreen /> },
  { path: 'new', element: <NewPlanScreen /> },
  { path: ':id', element: <PlanDetailScreen /> },
  { path: ':id/edit', element: <EditPlanScreen /> },
];
