import type { RouteObject } from 'react-router';
import { AgreementDetailScreen } from './AgreementDetailScreen';
import { EditAgreementScreen, NewAgreementScreen } from './AgreementFormScreens';
import { AgreementsScreen } from './AgreementsScreen';

export const agreementsRoutes: RouteObject[] = [
  { index: true, element: <AgreementsScreen /> },
  { path: 'new', element: <NewAgreementScreen /> },
  { path: ':id', element: <AgreementDetailScreen /> },
  { path: ':id/edit', element: <EditAgreementScreen /> },
];
