import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { securityHeaders } from './security/csp';
import { appHost } from './security/origin';

export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Maps a request path to a file inside `rootDir`, or undefined when it would leave it. */
export function resolveAppFile(rootDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded).replace(/^[/\\]+/, '');
  const file = join(rootDir, relative);
  return file.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep) ? file : undefined;
}

/**
 * Serves the built renderer for the app:// scheme, with the app's security headers on every answer.
 * `mounts` serve other folders under a path prefix (the bundled fonts at /fonts/, for previews).
 */
export function createAppProtocolHandler(rootDir: string, mounts: Readonly<Record<string, string>> = {}): (request: Request) => Promise<Response> {
  return async (request) => {
    const { host, pathname } = new URL(request.url);
    // Another host of the scheme (app://documents, the document windows' own) is not the renderer.
    if (host !== appHost) return new Response('Forbidden', { status: 403, headers: securityHeaders });
    const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
    const file = mount ? resolveAppFile(mounts[mount] ?? rootDir, pathname.slice(mount.length - 1)) : resolveAppFile(rootDir, pathname);
    if (!file) return new Response('Forbidden', { status: 403, headers: securityHeaders });
    try {
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  };
}
