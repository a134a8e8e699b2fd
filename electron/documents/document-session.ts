import type { Session } from 'electron';
import { appScheme } from '../security/origin';
import { restrictPermissions } from '../security/guards';
import type { DocumentSite } from './document-site';

/** What a document page may load besides the site's blank page and fonts: the inline images documents carry. */
function isInline(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * Makes the document windows' session answer only for the document site: the app's protocol serves
 * the blank page (with the document policy) and the bundled fonts, and every other request from a
 * document page (file:, the network, the renderer's own app://desk) is cancelled before it starts.
 */
export function guardDocumentSession(session: Pick<Session, 'protocol' | 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, site: DocumentSite): void {
  session.protocol.handle(appScheme, (request) => site.respond(request.url));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(site.allows(details.url) || isInline(details.url)) }));
  restrictPermissions(session);
}
