import type { RenderProgressResult } from '../../../shared/bridge/documents';

/** Documents of an export laid out so far, of all it holds. */
export type ExportProgress = RenderProgressResult;

/** A new id for one export, under which the main process reports its progress. */
export function newRenderJobId(): string {
  return crypto.randomUUID();
}

/**
 * Asks `read` every `everyMs` how far the job has got and hands each advance to `onProgress`
 * (never a step back, never a job not yet started), until the returned function stops it. The
 * export request stays open meanwhile; these are requests of their own, answered at once, the
 * same over IPC and HTTP. A question that fails is asked again at the next tick.
 */
export function followProgress(read: () => Promise<ExportProgress>, onProgress: (progress: ExportProgress) => void, everyMs = 250): () => void {
  let stopped = false;
  let best = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async (): Promise<void> => {
    try {
      const progress = await read();
      if (!stopped && progress.total > 0 && progress.done > best) {
        best = progress.done;
        onProgress(progress);
      }
    } catch {
      // Asked again at the next tick: progress is a courtesy, the export itself reports its outcome.
    }
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  timer = setTimeout(() => void tick(), everyMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** Runs `start` with a job id, following its progress while it runs when someone listens. */
export async function withProgress<T>(start: (jobId: string | undefined) => Promise<T>, read: (jobId: string) => Promise<ExportProgress>, onProgress?: (progress: ExportProgress) => void): Promise<T> {
  if (!onProgress) return start(undefined);
  const jobId = newRenderJobId();
  const stop = followProgress(() => read(jobId), onProgress);
  try {
    return await start(jobId);
  } finally {
    stop();
  }
}
