import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncRequestError } from '../../shared/sync/protocol';
import type { SyncOutcome } from './engine';
import type { SchedulerDeps } from './scheduler';
import { createSyncScheduler } from './scheduler';

const outcome = (pending = 0): SyncOutcome => ({
  pushed: 0,
  pushedDuplicates: 0,
  replaced: 0,
  pulled: 0,
  applied: 0,
  created: 0,
  refused: 0,
  cursor: 0,
  skewMs: 0,
  restamped: 0,
  collisions: [],
  attachmentsUploaded: 0,
  attachmentsDownloaded: 0,
  attachmentsMissing: 0,
  pending,
  finishedAt: Date.now(),
});

function setup(overrides: Partial<SchedulerDeps> = {}) {
  const run = vi.fn(() => Promise.resolve(outcome()));
  const record = vi.fn(() => Promise.resolve());
  const scheduler = createSyncScheduler({ run, record, isEnrolled: () => Promise.resolve(true), intervalMs: 300_000, debounceMs: 3000, ...overrides });
  return { run, record, scheduler };
}

/** A started scheduler whose first sync is running until `finish` ends it (each sync, the last started). */
async function syncRunning() {
  let current: (value: SyncOutcome) => void = () => undefined;
  const run = vi.fn(() => new Promise<SyncOutcome>((resolve) => (current = resolve)));
  const { scheduler } = setup({ run });
  scheduler.start();
  await vi.advanceTimersByTimeAsync(0);
  expect(scheduler.getState().running).toBe(true);
  return { run, scheduler, finish: (value: SyncOutcome) => current(value) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the sync scheduler', () => {
  it('syncs at start, then on the interval', async () => {
    const { run, scheduler } = setup();
    const stop = scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(299_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never syncs on a device that is not enrolled, and nothing shows as a problem', async () => {
    const { run, scheduler } = setup({ isEnrolled: () => Promise.resolve(false) });
    scheduler.start();
    scheduler.localChange();
    scheduler.online();
    await scheduler.syncNow();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(run).not.toHaveBeenCalled();
    expect(scheduler.getState()).toMatchObject({ enrolled: false, problem: null, running: false });
  });

  it('sends a burst of local changes in one sync, three seconds after the last', async () => {
    const { run, scheduler } = setup();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    run.mockClear();
    for (let i = 0; i < 5; i++) {
      scheduler.localChange();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs one sync at a time: a request during a sync runs once after it', async () => {
    const { run, scheduler, finish } = await syncRunning();
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    expect(run).toHaveBeenCalledTimes(1);
    finish(outcome());
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    finish(outcome());
    await Promise.all([first, second]);
    expect(run).toHaveBeenCalledTimes(2);
    expect(scheduler.getState().running).toBe(false);
  });

  it('runs an exclusive job (a restore) only between syncs, and the sync asked for meanwhile after it', async () => {
    const { run, scheduler, finish } = await syncRunning();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const restored = scheduler.exclusive(async () => {
      events.push(`restore starts, sync running: ${String(scheduler.getState().running)}`);
      await new Promise<void>((resolve) => (release = resolve));
      return 'restored';
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual([]);
    finish(outcome());
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['restore starts, sync running: false']);
    // Asked for during the restore, by the user and by a local change: neither starts yet.
    const asked = scheduler.syncNow();
    scheduler.localChange();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
    release();
    expect(await restored).toBe('restored');
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    finish(outcome());
    await asked;
  });

  it('lets syncs run again after an exclusive job fails', async () => {
    const { run, scheduler } = setup();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    await expect(scheduler.exclusive(() => Promise.reject(new Error('bad backup')))).rejects.toThrow('bad backup');
    await scheduler.syncNow();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('backs off after failures, tries at once when the machine comes online, and recovers', async () => {
    const run = vi.fn((): Promise<SyncOutcome> => Promise.reject(new SyncRequestError('network', 'offline')));
    const { record, scheduler } = setup({ run, backoffBaseMs: 15_000 });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.getState()).toMatchObject({ failures: 1, problem: 'network' });
    expect(record).toHaveBeenLastCalledWith({ problem: 'network', at: expect.any(Number) as number });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(run).toHaveBeenCalledTimes(2);
    // The second failure waits 30 s, and a local change does not hurry it.
    scheduler.localChange();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(run).toHaveBeenCalledTimes(2);
    run.mockImplementation(() => Promise.resolve(outcome()));
    scheduler.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(3);
    expect(scheduler.getState()).toMatchObject({ failures: 0, problem: null });
  });

  it('stops trying by itself once the device is revoked, until the user asks', async () => {
    const run = vi.fn((): Promise<SyncOutcome> => Promise.reject(new SyncRequestError('device-revoked', 'revoked', 401)));
    const { scheduler } = setup({ run });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.getState()).toMatchObject({ blocked: true, problem: 'device-revoked' });
    scheduler.localChange();
    scheduler.online();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(run).toHaveBeenCalledTimes(1);
    await scheduler.syncNow();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('pushes changes made during a sync a few seconds later', async () => {
    const run = vi.fn(() => Promise.resolve(outcome(2)));
    const { scheduler } = setup({ run });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(0);
    run.mockImplementation(() => Promise.resolve(outcome(0)));
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
