import type { RouteObject } from 'react-router';
import { SyncScreen } from './SyncScreen';

export const syncRoutes: RouteObject[] = [{ index: true, element: <SyncScreen /> }];
