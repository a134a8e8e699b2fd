import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { DeskError } from '../../shared/bridge/result';
import type { DocumentPage } from './document-page';
import { documentPages } from './document-page';
import type { DocumentSite } from './document-site';
import { chromiumDocumentOrigin, createDocumentSite } from './document-site';
import type { LanedPdfEngine, PdfLane } from './pdf-engine';
import { defaultLaneCount, engineOverLanes } from './pdf-engine';
import { warmUpDocuments } from './warm-up';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export interface ChromiumEngineOptions {
  /** The folder of fonts.css (fonts-dir.ts): documents load their fonts from here, whatever URL they name. */
  fontsDir: string;
  executablePath?: string;
  /** A document that takes longer is reported as failed rather than hanging the bridge. */
  timeoutMs?: number;
  /** Pages laid out side by side (pdf-engine.ts); by default defaultLaneCount(). */
  lanes?: number;
  /** The most pages a lane lays out as one document (pdf-engine.ts); by default defaultMaxPagesPerRun. */
  maxPagesPerRun?: number;
  /** A Chromium already started (launchChromium) for the engine to own; by default it starts one. */
  browser?: Browser;
}

export function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumFlags });
}

/**
 * Routes every request of a context's pages through the document site: the blank page and the
 * bundled fonts are answered from the fonts folder, any other request (file:, loopback, the
 * network, a frame, a stylesheet) is refused before it leaves Chromium. A page that tries to
 * navigate (a meta refresh) is answered 204 No Content, so it stays on its document and the lane
 * stays sound. The blank page is served only to the navigation that opens the page.
 */
export async function routeThroughSite(context: BrowserContext, site: DocumentSite): Promise<void> {
  const opened = new WeakSet<Page>();
  context.on('page', (page) => void page.once('load', () => opened.add(page)));
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (request.isNavigationRequest()) {
      const page = request.frame().page();
      if (url === site.blankUrl && request.frame() === page.mainFrame() && !opened.has(page)) return fulfil(route, await site.respond(url));
      return route.fulfill({ status: 204, body: '' });
    }
    if (!site.allows(url)) return route.abort('blockedbyclient');
    return fulfil(route, await site.respond(url));
  });
}

async function fulfil(route: Parameters<Parameters<BrowserContext['route']>[1]>[0], response: Response): Promise<void> {
  await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
}

/**
 * Chromium through playwright-core, kept open: browser mode, the tests and the benchmark. Each lane
 * is a page in a context of its own, so in a renderer process of its own, driven through DevTools
 * as the desktop app drives its windows (document-page.ts); scripts are off, as in the desktop app,
 * and the pages live on the document site (document-site.ts), routed by routeThroughSite.
 * The first lane is open when this returns; the others start after the first job (pdf-engine.ts).
 */
export async function openChromiumPdfEngine(options: ChromiumEngineOptions): Promise<LanedPdfEngine> {
  const site = createDocumentSite(chromiumDocumentOrigin, options.fontsDir);
  const openDocumentPage = documentPages(site, { timeoutMs: options.timeoutMs });
  const browser = options.browser ?? (await launchChromium(options.executablePath));
  const timeout = options.timeoutMs ?? 120_000;
  const openPage = async (): Promise<{ page: Page; document: DocumentPage }> => {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await routeThroughSite(context, site);
    const page = await context.newPage();
    await page.goto(site.blankUrl);
    const session = await context.newCDPSession(page);
    const document = await openDocumentPage({
      send: (method, params) => session.send(method as 'Page.enable', params),
      nextEvent: (name) => new Promise((resolve) => session.once(name as 'Page.loadEventFired', () => resolve())),
    });
    return { page, document };
  };
  const openLane = async (): Promise<PdfLane> => {
    let open = await openPage();
    return {
      async render(html) {
        try {
          await open.document.load(html);
          return new Uint8Array(await open.page.pdf({ preferCSSPageSize: true, printBackground: true, timeout } as Parameters<Page['pdf']>[0]));
        } catch (error) {
          // A text that does not fit refuses the document; the page itself is sound.
          if (error instanceof DeskError && error.code === 'text-overflow') throw error;
          // A crashed or stuck page is replaced, so the next document does not inherit the failure.
          await open.page.context().close().catch(() => undefined);
          open = await openPage();
          throw new DeskError('render-failed', `Chromium could not render the document: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    };
  };
  let first: PdfLane;
  try {
    first = await openLane();
  } catch (error) {
    await browser.close();
    throw error;
  }
  const warmUp = warmUpDocuments(options.fontsDir);
  // Reported by the lane that warms up, not as an unhandled rejection at start.
  warmUp.catch(() => undefined);
  return engineOverLanes({ first, openLane, count: options.lanes ?? defaultLaneCount(), close: () => browser.close(), warmUp: () => warmUp, maxPagesPerRun: options.maxPagesPerRun });
}
