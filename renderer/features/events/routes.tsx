import type { RouteObject } from 'react-router';
import { EventDetailScreen } from './EventDetailScreen';
import { EditEventScreen, NewEventScreen } from './EventFormScreens';
import { EventsScreen } from './EventsScreen';

export const eventsRoutes: RouteObject[] = [
  { index: true, element: <EventsScreen /> },
  { path: 'new', element: <NewEventScreen /> },
  { path: ':id', element: <EventDetailScreen /> },
  { path: ':id/edit', element: <EditEventScreen /> },
];
