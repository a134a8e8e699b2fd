import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { contentTypes, resolveAppFile } from '../protocol';

/**
 * Where document pages live: an origin the main process alone answers for. The desktop app serves
 * it from its own protocol on the document windows' session (main.ts), the Chromium engine from a
 * Playwright route (chromium-pdf-engine.ts); neither lets a request from a document page reach the
 * file system or the network. A document page on file:// could frame, link or import any local
 * file into the PDF; on this origin the browser itself refuses file:// and the site refuses
 * everything it does not serve.
 */
export interface DocumentSite {
  /** e.g. https://desk-documents.invalid, with no trailing slash. */
  origin: string;
  /** The bundled fonts' folder (fonts-dir.ts), which the site serves at /fonts/. */
  fontsDir: string;
  /** The page every document page starts on; documents replace its content (document-page.ts). */
  blankUrl: string;
  /** Where documents name the bundled fonts (font-faces.ts). */
  fontsBaseUrl: string;
  /** The Content-Security-Policy of every document page, sent with the blank page. */
  csp: string;
  /** Whether a request from a document page may be answered: the blank page and the bundled font files only. */
  allows(url: string): boolean;
  /** The answer to a request the site allows; 403 for anything else. */
  respond(url: string): Promise<Response>;
}

/** The Chromium engine's document origin: `.invalid` can never resolve, so nothing but the route can answer it. */
export const chromiumDocumentOrigin = 'https://desk-documents.invalid';

/** The desktop app's document origin: the app's own scheme, another host than the renderer's (app://desk). */
export const electronDocumentOrigin = 'app://documents';

const fontTypes = new Set(['.woff', '.woff2']);

/**
 * The policy of a document page. Documents are static HTML from templates: no script (the engine's
 * own measuring runs through DevTools, which a page's policy does not govern), no frame, object,
 * connection or form; images only inline (data:, blob:), as the renderer sends them
 * (use-document-assets.ts); fonts only the bundled ones.
 */
export function documentCsp(origin: string): string {
  return [
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'unsafe-inline'",
    `font-src ${origin}/fonts/`,
    'img-src data: blob:',
    "media-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "object-src 'none'",
    "connect-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function createDocumentSite(origin: string, fontsDir: string): DocumentSite {
  const blankUrl = `${origin}/blank.html`;
  const csp = documentCsp(origin);
  const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Resource-Policy': 'same-origin' };
  /** The file a URL names, or undefined when the site does not serve it. */
  const fileOf = (url: string): string | undefined => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (parsed.origin !== origin && `${parsed.protocol}//${parsed.host}` !== origin) return undefined;
    if (parsed.username || parsed.password) return undefined;
    if (parsed.pathname === '/blank.html') return join(fontsDir, 'blank.html');
    if (!parsed.pathname.startsWith('/fonts/')) return undefined;
    const file = resolveAppFile(fontsDir, parsed.pathname.slice('/fonts'.length));
    return file && fontTypes.has(extname(file).toLowerCase()) ? file : undefined;
  };
  // Every lane of an engine asks for the same few hundred font slices as it warms up: each is read
  // from the disk once. The files are the bundled fonts, which do not change while the app runs.
  const bodies = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const read = (file: string): Promise<Uint8Array<ArrayBuffer>> => {
    let body = bodies.get(file);
    if (!body) {
      body = readFile(file);
      body.catch(() => bodies.delete(file));
      bodies.set(file, body);
    }
    return body;
  };
  return {
    origin,
    fontsDir,
    blankUrl,
    fontsBaseUrl: `${origin}/fonts/`,
    csp,
    allows: (url) => fileOf(url) !== undefined,
    async respond(url) {
      const file = fileOf(url);
      if (!file) return new Response('Refused: a document page loads only the bundled fonts', { status: 403, headers });
      try {
        const body = await read(file);
        return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' } });
      } catch {
        return new Response('Not found', { status: 404, headers });
      }
    },
  };
}
