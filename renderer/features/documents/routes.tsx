import type { RouteObject } from 'react-router';
import { CeremonyScreen } from './ceremony/CeremonyScreen';
import { DocumentsScreen } from './DocumentsScreen';
import { IssueScreen } from './issue/IssueScreen';
import { IssuedDetailScreen } from './issued/IssuedDetailScreen';
import { IssuedScreen } from './issued/IssuedScreen';
import { printingRoutes } from './printing/routes';
import { NewTemplateScreen, TemplateScreen } from './templates/TemplateScreens';

export const documentsRoutes: RouteObject[] = [
  { index: true, element: <DocumentsScreen /> },
  { path: 'issue', element: <IssueScreen /> },
  { path: 'issued', element: <IssuedScreen /> },
  { path: 'issued/:id', element: <IssuedDetailScreen /> },
  { path: 'ceremony/:eventId', element: <CeremonyScreen /> },
  { path: 'templates/new', element: <NewTemplateScreen /> },
  { path: 'templates/:id', element: <TemplateScreen /> },
  ...printingRoutes,
];
