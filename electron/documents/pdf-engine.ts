import { availableParallelism } from 'node:os';
import { sampleLicencesHtml } from '../../shared/documents/licence-sample';
import { splitDocumentsHtml } from '../../shared/documents/render-html';
import { mergePdfs } from './pdf-pages';

/**
 * Turns the HTML of shared/documents into PDF bytes. Two implementations of the same Chromium
 * engine: Electron's printToPDF in hidden document windows (the desktop app), and Chromium driven
 * by playwright-core (browser mode, tests, benchmarks). Both honour `@page` sizes, print
 * backgrounds, wait for the bundled fonts, and embed them as subsets.
 */
export interface PdfEngine {
  /** The document as one PDF. */
  renderPdf(html: string): Promise<Uint8Array>;
  /**
   * The document as PDFs of consecutive pages, one per lane its pages were laid out in: what
   * splitting into one file per page wants, without joining them first.
   */
  renderParts(html: string): Promise<Uint8Array[]>;
  close(): Promise<void>;
}

/**
 * One page (or window) that lays out one document at a time, in a renderer process of its own.
 * Laying out and painting a batch takes one core of a renderer; a batch of independent pages
 * spread over two lanes uses two.
 */
export interface PdfLane {
  render(html: string): Promise<Uint8Array>;
}

/**
 * Two lanes where there are two cores. More are not worth their keep: each renderer decodes the
 * fonts again and holds its memory all day, and the joining grows with them.
 */
export function defaultLaneCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

export interface LanesOptions {
  /** The first lane, open: jobs start on it at once. */
  first: PdfLane;
  /** Opens one more lane (a page, a hidden window). */
  openLane: () => Promise<PdfLane>;
  /** Lanes in all, the first included. */
  count: number;
  close: () => Promise<void>;
  /** Shared with other work that needs the first lane to itself (printing from the document window). */
  queue?: JobQueue;
}

export interface LanedPdfEngine extends PdfEngine {
  /**
   * Opens and warms the other lanes if that has not begun, and resolves once they are in use (or
   * have failed to start, leaving the work to the first). The desktop app calls it at start.
   */
  ready(): Promise<void>;
}

/** Laid out by a lane before it takes work, so its first share of a batch is not laid out cold. */
const warmUpHtml = sampleLicencesHtml('app://desk/fonts/', 100);

/**
 * An engine over lanes. A batch of documents is split into consecutive runs of pages, one per lane
 * in use, laid out side by side and joined in order; anything else goes to the first lane whole.
 * Only the first lane opens with the engine: a fresh renderer's first document costs it fonts to
 * decode and code to load, so the others start once the first job is done (or `ready` is called),
 * warm up on a sample, and only then take their share.
 */
export function engineOverLanes(options: LanesOptions): LanedPdfEngine {
  const queue = options.queue ?? createJobQueue();
  const lanes: PdfLane[] = [options.first];
  let jobsDone = 0;
  let growing: Promise<void> | undefined;
  /** The first job's PDF: joining it to itself warms the joining code up on a full-sized batch. */
  let firstOutput: Uint8Array | undefined;

  const warmLane = async (open: () => Promise<PdfLane>): Promise<{ lane: PdfLane; pdf: Uint8Array } | undefined> => {
    try {
      const lane = await open();
      return { lane, pdf: await lane.render(warmUpHtml) };
    } catch {
      // A lane that cannot start leaves the work to the others.
      return undefined;
    }
  };
  const grow = (): Promise<void> =>
    (growing ??= (async () => {
      const firstWarm = jobsDone === 0 ? queue(() => warmLane(() => Promise.resolve(options.first))) : Promise.resolve(undefined);
      const more = await Promise.all(Array.from({ length: options.count - 1 }, () => warmLane(options.openLane)));
      const warmed = [await firstWarm, ...more].flatMap((result) => (result ? [result] : []));
      const sample = firstOutput ?? warmed[0]?.pdf;
      if (sample && more.some(Boolean)) await mergePdfs([sample, sample]).catch(() => undefined);
      for (const result of more) if (result) lanes.push(result.lane);
    })());

  const renderParts = (html: string): Promise<Uint8Array[]> =>
    queue(async () => {
      const open = [...lanes];
      const parts = splitDocumentsHtml(html, open.length);
      try {
        const output = await Promise.all(parts.map((part, index) => (open[index] as PdfLane).render(part)));
        firstOutput ??= output[0];
        return output;
      } finally {
        jobsDone += 1;
        void grow();
      }
    });

  return {
    renderParts,
    renderPdf: async (html) => mergePdfs(await renderParts(html)),
    ready: grow,
    close: async () => {
      await growing;
      await options.close();
    },
  };
}

/** Runs the jobs given to it one at a time, in order, whether the one before succeeded or not. */
export type JobQueue = <T>(job: () => Promise<T>) => Promise<T>;

/** One job at a time: a lane lays out in a single page that a second job would disturb. */
export function createJobQueue(): JobQueue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const next = last.then(job, job);
    last = next.catch(() => undefined);
    return next;
  };
}
