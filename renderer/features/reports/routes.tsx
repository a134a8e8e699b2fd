import type { RouteObject } from 'react-router';
import { ReportScreen } from './ReportScreen';

export const reportsRoutes: RouteObject[] = [{ path: ':allianceId', element: <ReportScreen /> }];
