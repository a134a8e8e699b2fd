import type { Session, WebContents } from 'electron';
import { isAppUrl, isVettedExternalUrl } from './origin';

/** The only permission the app asks for: keeping the registry from being evicted (navigator.storage.persist). */
const grantablePermissions = new Set<string>(['persistent-storage']);

/**
 * No page of the app may navigate away from the app or open a window of its own. A vetted https
 * link asked for as a new window is handed to the system browser instead.
 */
export function guardContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, openExternal: (url: string) => Promise<void>): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-frame-navigate', (details) => {
    // Frames inside the app (document previews) are about:srcdoc or blob: pages of the app's origin.
    const url = details.url;
    if (!details.isMainFrame && !isAppUrl(url) && url !== 'about:srcdoc' && !url.startsWith('blob:app://')) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** Every permission is refused, but persistent storage for the app's own pages. */
export function restrictPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(grantablePermissions.has(permission) && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => grantablePermissions.has(permission) && isAppUrl(requestingOrigin));
}

/** Only the app's own top frame may call the bridge: not an iframe, not a page from elsewhere. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
