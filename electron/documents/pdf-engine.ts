import { availableParallelism } from 'node:os';
import { DeskError } from '../../shared/bridge/result';
import type { DocumentRun } from '../../shared/documents/render-html';
import { documentRuns } from '../../shared/documents/render-html';
import { documentTitle, withDeskInfo } from './pdf-info';
import { createPdfJoiner, splitPdfPages } from './pdf-pages';
import { templateWarmUpHtml } from './warm-up';

/** How far a batch has got: documents laid out and printed to PDF, of all it holds. */
export interface RenderProgress {
  done: number;
  total: number;
}

export interface RenderOptions {
  /** Called as runs of the batch are done, `done` rising to `total`. */
  onProgress?: (progress: RenderProgress) => void;
}

/**
 * Turns the HTML of shared/documents into PDF bytes. Two implementations of the same Chromium
 * engine: Electron's printToPDF in hidden document windows (the desktop app), and Chromium driven
 * by playwright-core (browser mode, tests, benchmarks). Both honour `@page` sizes, print
 * backgrounds, wait for the bundled fonts, and embed them as subsets.
 */
export interface PdfEngine {
  /** The document as one PDF. */
  renderPdf(html: string, options?: RenderOptions): Promise<Uint8Array>;
  /** The document as one PDF per page, in order: one file per document of a batch. */
  renderPages(html: string, options?: RenderOptions): Promise<Uint8Array[]>;
  /** The document as PDFs of consecutive pages, one per run its pages were laid out in. */
  renderParts(html: string, options?: RenderOptions): Promise<Uint8Array[]>;
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

/**
 * The most pages one lane lays out as one document. Chromium's layout of a document grows faster
 * than its page count (5,000 licences as one document took 35 times as long as 500), while each
 * run costs a fixed part (replacing the content, printing, a PDF to join); batches of up to 500
 * stay one run per lane.
 */
export const defaultMaxPagesPerRun = 250;

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
  /**
   * What each lane lays out before it takes its share of batches (warm-up.ts): never a batch's
   * data. By default the built-in templates' fixed text.
   */
  warmUp?: () => Promise<readonly string[]>;
  /** By default defaultMaxPagesPerRun. */
  maxPagesPerRun?: number;
}

export interface LanedPdfEngine extends PdfEngine {
  /**
   * Opens and warms the other lanes if that has not begun, and resolves once they are in use (or
   * have failed to start, leaving the work to the first). The desktop app calls it at start.
   */
  ready(): Promise<void>;
}

/** A document a lane refused for its content (a text that does not fit) leaves the lane sound. */
function refusedForContent(error: unknown): boolean {
  return error instanceof DeskError && error.code === 'text-overflow';
}

/**
 * Lays the runs out over the lanes, each lane taking the next run as it finishes one, and hands
 * each run's PDF to `take` in the order of the runs, as soon as those before it are taken: only
 * runs done ahead of their turn wait in memory. Once a run fails no lane starts another, and the
 * job ends when every lane has stopped, so the next job finds them all free.
 */
async function layOutRuns(lanes: readonly PdfLane[], runs: readonly DocumentRun[], take: (pdf: Uint8Array) => Promise<void>, onProgress: (done: number) => void): Promise<void> {
  const waiting = new Map<number, Uint8Array>();
  let nextRun = 0;
  let nextTaken = 0;
  let done = 0;
  let failure: { error: unknown } | undefined;
  let taking: Promise<void> = Promise.resolve();
  const handOver = (): Promise<void> =>
    (taking = taking.then(async () => {
      for (let pdf = waiting.get(nextTaken); pdf && !failure; pdf = waiting.get(nextTaken)) {
        waiting.delete(nextTaken);
        nextTaken += 1;
        await take(pdf);
      }
    }));
  const work = async (lane: PdfLane): Promise<void> => {
    while (!failure && nextRun < runs.length) {
      const index = nextRun;
      nextRun += 1;
      const run = runs[index] as DocumentRun;
      try {
        waiting.set(index, await lane.render(run.html));
        done += run.documents;
        onProgress(done);
        await handOver();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(lanes.map(work));
  await taking;
  if (failure) throw failure.error;
}

/**
 * An engine over lanes. A batch of documents is split into runs of consecutive pages, at least
 * one per lane in use and none longer than `maxPagesPerRun`, laid out side by side and joined in
 * order; anything else goes to the first lane whole. Only the first lane opens with the engine: a
 * fresh renderer's first document costs it fonts to decode and code to load, so the others start
 * once the first job is done (or `ready` is called), warm up on documents that share nothing with
 * any batch (warm-up.ts), and only then take their share.
 */
export function engineOverLanes(options: LanesOptions): LanedPdfEngine {
  const queue = options.queue ?? createJobQueue();
  const lanes: PdfLane[] = [options.first];
  const maxPagesPerRun = options.maxPagesPerRun ?? defaultMaxPagesPerRun;
  const warmUp = options.warmUp ?? (() => Promise.resolve(templateWarmUpHtml()));
  let growing: Promise<void> | undefined;
  /** The first job's PDF: joining it to itself warms the joining code up on a full-sized batch. */
  let firstOutput: Uint8Array | undefined;

  /** Lays the warm-up out in the lane, one document at a time through `through` (the first lane's queue). */
  const warmLane = async (lane: PdfLane, through: JobQueue | undefined): Promise<Uint8Array | undefined> => {
    let output: Uint8Array | undefined;
    for (const html of await warmUp()) {
      const render = (): Promise<Uint8Array> => lane.render(html);
      try {
        output = await (through ? through(render) : render());
      } catch (error) {
        if (!refusedForContent(error)) throw error;
      }
    }
    return output;
  };
  const openAndWarm = async (): Promise<{ lane: PdfLane; pdf: Uint8Array | undefined } | undefined> => {
    try {
      const lane = await options.openLane();
      return { lane, pdf: await warmLane(lane, undefined) };
    } catch {
      // A lane that cannot start leaves the work to the others.
      return undefined;
    }
  };
  const grow = (): Promise<void> =>
    (growing ??= (async () => {
      // The first lane warms up too, even after jobs: those loaded only the font slices their own
      // words needed, and a batch of other words would find its slices missing in this lane alone.
      // Its warm-up goes through the queue a document at a time, so a job asked for meanwhile
      // waits for one warm-up document at most.
      const firstWarm = warmLane(options.first, queue).catch(() => undefined);
      const more = await Promise.all(Array.from({ length: options.count - 1 }, openAndWarm));
      const sample = firstOutput ?? (await firstWarm) ?? more.find((result) => result?.pdf)?.pdf;
      await firstWarm;
      if (sample && more.some(Boolean)) {
        const joiner = createPdfJoiner();
        await joiner.add(sample);
        await joiner.add(sample);
        await joiner.save().catch(() => undefined);
      }
      for (const result of more) if (result) lanes.push(result.lane);
    })());

  /** Lays the batch out in runs and hands each run's PDF to `take`, in order. */
  const render = (html: string, take: (pdf: Uint8Array) => Promise<void>, renderOptions: RenderOptions = {}): Promise<void> =>
    queue(async () => {
      const open = [...lanes];
      const runs = documentRuns(html, { lanes: open.length, maxPagesPerRun });
      const total = runs.reduce((sum, run) => sum + run.documents, 0);
      const report = (done: number): void => {
        try {
          renderOptions.onProgress?.({ done, total });
        } catch {
          // A listener's failure is not the batch's.
        }
      };
      report(0);
      try {
        await layOutRuns(open, runs, async (pdf) => {
          firstOutput ??= pdf;
          await take(pdf);
        }, report);
      } finally {
        void grow();
      }
    });

  return {
    async renderPdf(html, renderOptions) {
      const joiner = createPdfJoiner();
      await render(html, (pdf) => joiner.add(pdf), renderOptions);
      return withDeskInfo(await joiner.save(), documentTitle(html));
    },
    async renderPages(html, renderOptions) {
      const pages: Uint8Array[] = [];
      const title = documentTitle(html);
      await render(html, async (pdf) => {
        for (const page of await splitPdfPages(pdf)) pages.push(await withDeskInfo(page, title));
      }, renderOptions);
      return pages;
    },
    async renderParts(html, renderOptions) {
      const parts: Uint8Array[] = [];
      await render(html, (pdf) => {
        parts.push(pdf);
        return Promise.resolve();
      }, renderOptions);
      return parts;
    },
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
