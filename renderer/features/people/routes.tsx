import type { RouteObject } from 'react-router';
import { SectionIntro } from '../../components/SectionIntro';

export const peopleRoutes: RouteObject[] = [{ index: true, element: <SectionIntro section="people" /> }];
