import type { RenderProgress } from './pdf-engine';

/**
 * The progress of the batches being rendered, by the job id the renderer chose, for it to poll
 * (`documents.progress`) while its export request is still open: the bridge is request and
 * response in both transports (IPC, HTTP), and a second request answered at once works the same
 * in both.
 */
export interface ProgressBoard {
  /** The listener to hand to the engine for this job; nothing to track without an id. */
  track(jobId: string | undefined): ((progress: RenderProgress) => void) | undefined;
  /** The job's latest progress; a job never started, or long forgotten, is 0 of 0. */
  read(jobId: string): RenderProgress;
}

/** The most recent jobs kept: the renderer polls only the one it is waiting for. */
const keptJobs = 64;

export function createProgressBoard(): ProgressBoard {
  const jobs = new Map<string, RenderProgress>();
  return {
    track(jobId) {
      if (jobId === undefined) return undefined;
      return (progress) => {
        // Re-inserted so the map's order is the order of last news, and the oldest goes first.
        const before = jobs.get(jobId);
        jobs.delete(jobId);
        jobs.set(jobId, { done: Math.max(progress.done, before?.done ?? 0), total: progress.total });
        for (const oldest of jobs.keys()) {
          if (jobs.size <= keptJobs) break;
          jobs.delete(oldest);
        }
      };
    },
    read(jobId) {
      return jobs.get(jobId) ?? { done: 0, total: 0 };
    },
  };
}
