import type { RouteObject } from 'react-router';
import { SectionIntro } from '../../components/SectionIntro';

export const alliancesRoutes: RouteObject[] = [{ index: true, element: <SectionIntro section="alliances" /> }];
