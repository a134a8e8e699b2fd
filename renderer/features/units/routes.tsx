import type { RouteObject } from 'react-router';
import { SectionIntro } from '../../components/SectionIntro';

export const unitsRoutes: RouteObject[] = [{ index: true, element: <SectionIntro section="units" /> }];
