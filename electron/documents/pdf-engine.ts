/**
 * Turns the HTML of shared/documents into PDF bytes. Two implementations of the same Chromium
 * engine: Electron's printToPDF in the hidden document window (the desktop app), and Chromium
 * driven by playwright-core (browser mode, tests, benchmarks). Both honour `@page` sizes, print
 * backgrounds, wait for the bundled fonts, and embed them as subsets.
 */
export interface PdfEngine {
  renderPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Runs one job at a time: both engines lay out in a single page that a second job would disturb. */
export function serialize<A extends unknown[], R>(job: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const next = last.then(
      () => job(...args),
      () => job(...args),
    );
    last = next.catch(() => undefined);
    return next;
  };
}
