import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportProgress } from './export-progress';
import { followProgress, withProgress } from './export-progress';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('following an export’s progress', () => {
  it('shows each advance up to the total, never a step back or a job not yet begun', async () => {
    const answers: ExportProgress[] = [
      { done: 0, total: 0 },
      { done: 0, total: 5000 },
      { done: 250, total: 5000 },
      { done: 250, total: 5000 },
      { done: 2500, total: 5000 },
      { done: 1250, total: 5000 },
      { done: 5000, total: 5000 },
    ];
    let asked = 0;
    const shown: ExportProgress[] = [];
    const stop = followProgress(() => Promise.resolve(answers[Math.min(asked++, answers.length - 1)] as ExportProgress), (progress) => shown.push(progress), 100);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    expect(shown).toEqual([
      { done: 0, total: 5000 },
      { done: 250, total: 5000 },
      { done: 2500, total: 5000 },
      { done: 5000, total: 5000 },
    ]);
  });

  it('asks again after a failed question, and stops asking once the export is over', async () => {
    const read = vi.fn<(jobId: string) => Promise<ExportProgress>>().mockRejectedValueOnce(new Error('busy')).mockResolvedValue({ done: 10, total: 20 });
    const shown: ExportProgress[] = [];
    let finish = (): void => undefined;
    const exporting = withProgress((jobId) => new Promise<string | undefined>((resolve) => (finish = () => resolve(jobId))), read, (progress) => shown.push(progress));
    await vi.advanceTimersByTimeAsync(600);
    expect(shown).toEqual([{ done: 10, total: 20 }]);
    finish();
    const jobId = await exporting;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(read).toHaveBeenCalledWith(jobId);
    const calls = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect(read.mock.calls.length).toBe(calls);
  });

  it('sends no job id and asks nothing when nobody listens', async () => {
    const read = vi.fn<(jobId: string) => Promise<ExportProgress>>();
    expect(await withProgress((jobId) => Promise.resolve(jobId), read)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).not.toHaveBeenCalled();
  });
});
