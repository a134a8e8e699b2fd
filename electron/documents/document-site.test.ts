import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSite } from './document-site';
import { chromiumDocumentOrigin, createDocumentSite, electronDocumentOrigin } from './document-site';
import { readFontSlices } from './font-faces';
import { prepareFontsDir } from './fonts-dir';
import { repoRoot } from './test-support';

describe('the document site', () => {
  let fontsDir = '';
  let font = '';
  beforeAll(async () => {
    fontsDir = await prepareFontsDir(repoRoot);
    font = (await readFontSlices(fontsDir))[0]?.file ?? '';
  });

  for (const origin of [chromiumDocumentOrigin, electronDocumentOrigin]) {
    describe(origin, () => {
      let site: DocumentSite;
      beforeAll(() => {
        site = createDocumentSite(origin, fontsDir);
      });

      it('serves the blank page with the document policy: no script, frame, object or connection; images inline; fonts its own', async () => {
        const blank = await site.respond(site.blankUrl);
        expect(blank.status).toBe(200);
        expect(blank.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await blank.text()).toContain('<meta charset="utf-8">');
        const csp = blank.headers.get('content-security-policy') ?? '';
        const directives: Record<string, string> = Object.fromEntries(csp.split('; ').map((directive): [string, string] => [directive.split(' ')[0] ?? '', directive.split(' ').slice(1).join(' ')]));
        expect(directives).toMatchObject({
          'default-src': "'none'",
          'script-src': "'none'",
          'style-src': "'unsafe-inline'",
          'font-src': `${origin}/fonts/`,
          'img-src': 'data: blob:',
          'frame-src': "'none'",
          'object-src': "'none'",
          'connect-src': "'none'",
          'base-uri': "'none'",
          'form-action': "'none'",
        });
        expect(csp).not.toMatch(/'self'|file:|http:|\*/);
      });

      it('serves the bundled font files at /fonts/', async () => {
        const answer = await site.respond(`${site.fontsBaseUrl}${font.split('/').map(encodeURIComponent).join('/')}`);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toMatch(/^font\/woff2?$/);
        expect((await answer.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      });

      it.each([
        'file:///etc/passwd',
        'http://127.0.0.1:8787/v1/pull',
        'https://example.com/fonts/x.woff2',
        'app://desk/index.html',
        'app://desk/fonts/fonts.css',
        '/fonts/fonts.css',
        '/fonts/noto-serif-sc/package.json',
        '/fonts/../../../etc/passwd',
        '/fonts/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
        '/fonts/noto-serif-sc/%00.woff2',
        '/secret.txt',
        '/',
      ])('refuses %s', async (path) => {
        const url = path.startsWith('/') ? `${origin}${path}` : path;
        expect(site.allows(url)).toBe(false);
        expect((await site.respond(url)).status).toBe(403);
      });
    });
  }

  it('names another origin for each engine, neither of them the renderer’s', () => {
    expect(createDocumentSite(chromiumDocumentOrigin, fontsDir).allows(`${electronDocumentOrigin}/blank.html`)).toBe(false);
    expect(createDocumentSite(electronDocumentOrigin, fontsDir).allows(`${chromiumDocumentOrigin}/blank.html`)).toBe(false);
    expect(createDocumentSite(electronDocumentOrigin, fontsDir).allows('app://desk/blank.html')).toBe(false);
  });
});
