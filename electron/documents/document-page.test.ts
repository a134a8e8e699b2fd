import { beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/bridge/result';
import { fontsLink } from '../../shared/documents/render-html';
import type { DevToolsSession } from './document-page';
import { documentPages, loadedAndFitted } from './document-page';
import type { DocumentSite } from './document-site';
import { chromiumDocumentOrigin, createDocumentSite } from './document-site';
import { prepareFontsDir } from './fonts-dir';
import { repoRoot } from './test-support';

/** A DevTools session that answers as a page would, except where a test makes it fail. */
function session(options: { loads?: boolean; fontsError?: string } = {}) {
  const sent: { method: string; params?: Record<string, unknown> }[] = [];
  let onLoad: (() => void) | undefined;
  const devtools: DevToolsSession = {
    send: (method, params) => {
      sent.push({ method, params });
      if (method === 'Page.getFrameTree') return Promise.resolve({ frameTree: { frame: { id: 'F1' } } });
      if (method === 'Page.setDocumentContent' && options.loads !== false) setTimeout(() => onLoad?.());
      if (method === 'Runtime.evaluate' && options.fontsError) return Promise.resolve({ exceptionDetails: { text: options.fontsError } });
      return Promise.resolve({});
    },
    nextEvent: (name) =>
      new Promise((resolve) => {
        if (name === 'Page.loadEventFired') onLoad = resolve;
      }),
  };
  return { devtools, sent };
}

const html = `<!doctype html><head>${fontsLink('app://desk/fonts/')}</head><body>丽水</body>`;

describe('a document page driven through DevTools', () => {
  let site: DocumentSite;
  beforeAll(async () => {
    site = createDocumentSite(chromiumDocumentOrigin, await prepareFontsDir(repoRoot));
  });

  it('sets the document, with only the font slices it draws, as the content of the main frame and waits for its load and its fonts', async () => {
    const { devtools, sent } = session();
    const page = await documentPages(site)(devtools);
    await page.load(html);
    expect(sent.map((command) => command.method)).toEqual(['Page.enable', 'Page.getFrameTree', 'Page.setDocumentContent', 'Runtime.evaluate']);
    const content = sent[2]?.params as { frameId: string; html: string };
    expect(content.frameId).toBe('F1');
    expect(content.html).toContain('<body>丽水</body>');
    expect(content.html).not.toContain('fonts.css');
    expect(content.html).toMatch(/@font-face\{font-family:'Noto Serif SC'/);
    expect(sent[3]?.params).toMatchObject({ expression: loadedAndFitted, awaitPromise: true, returnByValue: true });
  });

  it('reports a document that never finishes loading, instead of hanging the bridge', async () => {
    const page = await documentPages(site, { timeoutMs: 50 })(session({ loads: false }).devtools);
    const error = await page.load(html).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe('render-failed');
  });

  it('reports fonts that fail to load', async () => {
    const page = await documentPages(site)(session({ fontsError: 'NetworkError' }).devtools);
    await expect(page.load(html)).rejects.toThrow(/NetworkError/);
  });
});
