import type { WebPreferences } from 'electron';

/** The settings of Electron's security checklist; every window of the app starts from these. */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** The main window: the secure defaults plus the preload that exposes `window.desk`. */
export function mainWindowPreferences(preloadPath: string): WebPreferences {
  return { ...secureWebPreferences, preload: preloadPath };
}

/** The document windows' own in-memory session, which answers only for the document site (documents/document-session.ts). */
export const documentPartition = 'documents';

/**
 * The hidden window that renders documents to PDF. Documents are static HTML from templates, so
 * JavaScript is off and there is no preload: a name containing markup can never run. It lives in
 * a session of its own, which serves the document pages and refuses every other request.
 */
export function documentWindowPreferences(): WebPreferences {
  return { ...secureWebPreferences, javascript: false, images: true, backgroundThrottling: false, partition: documentPartition };
}
