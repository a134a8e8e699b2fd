import type { RouteObject } from 'react-router';
import { SectionIntro } from '../../components/SectionIntro';

export const eventsRoutes: RouteObject[] = [{ index: true, element: <SectionIntro section="events" /> }];
