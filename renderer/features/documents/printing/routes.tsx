import type { RouteObject } from 'react-router';
import { CalibrationScreen } from './CalibrationScreen';
import { PrintQueueScreen } from './PrintQueueScreen';

/** Children of /documents: the print queue of an event, and printer calibration. */
export const printingRoutes: RouteObject[] = [
  { path: 'print-queue/:eventId', element: <PrintQueueScreen /> },
  { path: 'calibration', element: <CalibrationScreen /> },
];
