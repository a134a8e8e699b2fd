import type { DeskApi, DeskClient } from '../../shared/bridge/desk-api';
import { createDeskClient } from '../../shared/bridge/desk-api';
import { createHttpDesk } from './http-desk';

declare global {
  interface Window {
    /** Exposed by the preload in the desktop app; absent in browser mode. */
    readonly desk?: DeskApi;
  }
}

/** The bridge for the renderer's code: resolves with the response, rejects with a DeskError. */
export const desk: DeskClient = createDeskClient(window.desk ?? createHttpDesk());
