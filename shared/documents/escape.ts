const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every user text goes through this before it reaches a document: a name with markup prints literally. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/**
 * Image sources a document may load: inline images only, as the renderer sends them
 * (use-document-assets.ts). Anything else (file:, a loopback or remote server, javascript:) is
 * dropped, so a document never reads this machine's files or reaches a server; the document
 * pages refuse such requests too (electron/documents/document-site.ts).
 */
export function safeImageUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return /^(data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]|blob:)/i.test(url) ? url : undefined;
}
