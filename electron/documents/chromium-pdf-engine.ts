import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { DeskError } from '../../shared/bridge/result';
import { readFontSlices, withDocumentFonts } from './font-faces';
import type { LanedPdfEngine, PdfLane } from './pdf-engine';
import { defaultLaneCount, engineOverLanes } from './pdf-engine';

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
  /** A Chromium already started (launchChromium) for the engine to own; by default it starts one. */
  browser?: Browser;
}

export function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumFlags });
}

/**
 * Chromium through playwright-core, kept open: browser mode, the tests and the benchmark. Each lane
 * is a page in a context of its own, so in a renderer process of its own. A page starts on a file://
 * page in the fonts folder, because a page still at about:blank may refuse to load fonts from
 * file://; scripts are off, as in the desktop app. The first lane is open when this returns; the
 * others start after the first job (pdf-engine.ts).
 */
export async function openChromiumPdfEngine(options: ChromiumEngineOptions): Promise<LanedPdfEngine> {
  const slices = readFontSlices(options.fontsDir);
  slices.catch(() => undefined); // awaited below, once Chromium has started
  const browser = options.browser ?? (await launchChromium(options.executablePath));
  const timeout = options.timeoutMs ?? 120_000;
  const fontsBaseUrl = pathToFileURL(options.fontsDir).href;
  const openPage = async (): Promise<Page> => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const fresh = await context.newPage();
    await fresh.goto(pathToFileURL(join(options.fontsDir, 'blank.html')).href);
    return fresh;
  };
  const openLane = async (): Promise<PdfLane> => {
    let page = await openPage();
    return {
      async render(html) {
        try {
          await page.setContent(withDocumentFonts(html, await slices, fontsBaseUrl), { waitUntil: 'load', timeout });
          // A string, not a function: this file is compiled for Node, without the DOM's types.
          await page.evaluate('document.fonts.ready.then(() => undefined)');
          return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout } as Parameters<Page['pdf']>[0]));
        } catch (error) {
          // A crashed or stuck page is replaced, so the next document does not inherit the failure.
          await page.context().close().catch(() => undefined);
          page = await openPage();
          throw new DeskError('render-failed', `Chromium could not render the document: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    };
  };
  let first: PdfLane;
  try {
    await slices;
    first = await openLane();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return engineOverLanes({ first, openLane, count: options.lanes ?? defaultLaneCount(), close: () => browser.close() });
}
