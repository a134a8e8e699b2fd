import type { RouteObject } from 'react-router';
import { NewPersonScreen } from './NewPersonScreen';
import { PeopleScreen } from './PeopleScreen';
import { PersonDetailScreen } from './PersonDetailScreen';

export const peopleRoutes: RouteObject[] = [
  { index: true, element: <PeopleScreen /> },
  { path: 'new', element: <NewPersonScreen /> },
  { path: ':id', element: <PersonDetailScreen /> },
];
