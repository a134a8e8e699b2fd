import { DeskError } from '../../shared/bridge/result';
import type { TextOverflow } from '../../shared/documents/fit-text';
import { fitTextExpression, overflowDetail } from '../../shared/documents/fit-text';
import type { DocumentSite } from './document-site';
import { readFontSlices, withDocumentFonts } from './font-faces';

/**
 * What a document page is driven through: DevTools protocol commands and events. Under Node that is
 * a Playwright CDP session, in the desktop app `webContents.debugger`; the commands are the same.
 */
export interface DevToolsSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Resolves on the next event of this name. */
  nextEvent(name: string): Promise<void>;
}

/** A page that lays out one document after another: each `load` replaces the one before. */
export interface DocumentPage {
  /**
   * Resolves once the document, its fonts and its images have loaded and its texts are fitted to
   * their boxes: it is ready to print. Rejects with 'text-overflow' when a text does not fit even
   * at its smallest size, naming each (page, element): such a document is never printed.
   */
  load(html: string): Promise<void>;
}

/** The refusal of a document whose texts do not all fit: the renderer names each by page and element. */
export function textOverflowError(overflows: readonly TextOverflow[]): DeskError {
  const named = overflows.slice(0, 3).map((overflow) => `page ${String(overflow.page + 1)} ${overflow.elementId}`);
  return new DeskError('text-overflow', `${String(overflows.length)} texts do not fit their boxes: ${named.join(', ')}`, overflows.map(overflowDetail));
}

/** Waits for the fonts, then fits the texts: one round trip per document. */
export const loadedAndFitted = `document.fonts.ready.then(() => ${fitTextExpression})`;

export interface DocumentPageOptions {
  /** A document that takes longer to load is reported as failed rather than hanging the bridge. */
  timeoutMs?: number;
}

/**
 * Opens the document pages of one engine, on its document site (document-site.ts), whose blank page
 * each has loaded. Each page stays on the blank page's document and has its
 * content replaced for every job (Page.setDocumentContent), so the fonts a renderer has decoded stay
 * decoded: loading each job as a new file made the renderer fetch and decode them again, and a
 * 500-licence batch took twice as long. Each document names only the font slices it draws
 * (font-faces.ts).
 */
export function documentPages(site: DocumentSite, options: DocumentPageOptions = {}): (session: DevToolsSession) => Promise<DocumentPage> {
  const slices = readFontSlices(site.fontsDir);
  // Reported by the first document that needs them, not as an unhandled rejection at start.
  slices.catch(() => undefined);
  const timeoutMs = options.timeoutMs ?? 120_000;

  return async (session) => {
    await session.send('Page.enable');
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    return {
      async load(html) {
        const content = withDocumentFonts(html, await slices, site.fontsBaseUrl);
        const loaded = session.nextEvent('Page.loadEventFired');
        await session.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html: content });
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new DeskError('render-failed', `The document did not finish loading within ${String(timeoutMs / 1000)} s`)), timeoutMs);
        });
        try {
          await Promise.race([loaded, late]);
        } finally {
          clearTimeout(timer);
        }
        // The load event waits for the fonts the first layout asked for; this covers any asked for
        // later. Then the texts are fitted to their boxes (fit-text.ts), measured with those fonts in
        // the very layout that prints. DevTools evaluates this though the page itself runs no JavaScript.
        const { result, exceptionDetails } = (await session.send('Runtime.evaluate', { expression: loadedAndFitted, awaitPromise: true, returnByValue: true })) as {
          result?: { value?: TextOverflow[] };
          exceptionDetails?: { text: string };
        };
        if (exceptionDetails) throw new DeskError('render-failed', `The document's fonts did not load or its texts could not be fitted: ${exceptionDetails.text}`);
        const overflows = result?.value ?? [];
        if (overflows.length > 0) throw textOverflowError(overflows);
      },
    };
  };
}
