import type { RouteObject } from 'react-router';
import { SectionIntro } from '../../components/SectionIntro';

export const agreementsRoutes: RouteObject[] = [{ index: true, element: <SectionIntro section="agreements" /> }];
