import type { RouteObject } from 'react-router';
import { ImportScreen } from './ImportScreen';

/** Children of /import/:kind, where kind is units or people. */
export const importRoutes: RouteObject[] = [{ index: true, element: <ImportScreen /> }];
