const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every user text goes through this before it reaches a document: a name with markup prints literally. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/**
 * Image sources a document may load: inline images, or the app's own/local files. Anything else
 * (javascript:, a remote server) is dropped, so a document never reaches out of the machine.
 */
export function safeImageUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]|blob:|file:|app:|https?:\/\/(127\.0\.0\.1|localhost)[:/])/i.test(url) ? url : undefined;
}
