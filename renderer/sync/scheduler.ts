import type { SyncOutcome } from './engine';
import type { SyncProblem } from './sync-problem';
import { problemOf } from './sync-problem';

/** What the Sync screen shows of the scheduler while the app runs. */
export interface SchedulerState {
  enrolled: boolean;
  running: boolean;
  /** Consecutive failed syncs; the automatic ones wait longer after each. */
  failures: number;
  /** The problem of the last sync when it failed, cleared by the next success. */
  problem: SyncProblem | null;
  /** Automatic syncs are paused until the user acts (enrols again, upgrades). */
  blocked: boolean;
}

export interface SchedulerDeps {
  /** One sync (the engine's syncOnce over the bridge). */
  run(): Promise<SyncOutcome>;
  /** Whether this device holds a token for a server. */
  isEnrolled(): Promise<boolean>;
  /** Keeps the result for the Sync screen (it survives a restart). */
  record(result: { outcome: SyncOutcome } | { problem: SyncProblem; at: number }): Promise<void>;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Between automatic syncs when nothing happens. */
  intervalMs?: number;
  /** After the last local change, before it is pushed: a burst of edits goes in one sync. */
  debounceMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface SyncScheduler {
  /** Syncs now and then on the interval; returns the stop function. */
  start(): () => void;
  /** On demand ("立即同步"): also after a failure or a block. */
  syncNow(): Promise<void>;
  /** The outbox grew: sync a few seconds after the last change. */
  localChange(): void;
  /** The machine came online: try at once, whatever the backoff. */
  online(): void;
  /** After enrolling or forgetting the server. */
  refreshEnrolment(): Promise<void>;
  /**
   * Runs `job` with no sync running: it starts once the current sync has finished, no sync starts
   * until it ends, and a sync asked for meanwhile runs after it. Restoring a backup rewrites what
   * a sync reads and writes (the cursor, the outbox, the device id).
   */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  getState(): SchedulerState;
  subscribe(listener: () => void): () => void;
}

/** Problems no retry can fix: sync waits for the user instead of asking the server again and again. */
const blocking = new Set(['unauthorized', 'device-revoked', 'upgrade-required', 'server-outdated', 'device-in-other-workspace', 'insecure-address']);

/**
 * When to sync (DESIGN.md §4): at start, when the machine comes online, a few seconds after local
 * changes, on an interval and on demand — one sync at a time, never blocking the UI (all of it is
 * asynchronous, and the engine writes in short transactions). After a failure the automatic syncs
 * back off (15 s, 30 s, 1 min … 10 min); a device never enrolled never tries at all.
 */
export function createSyncScheduler(deps: SchedulerDeps): SyncScheduler {
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const intervalMs = deps.intervalMs ?? 5 * 60_000;
  const debounceMs = deps.debounceMs ?? 3000;
  const backoffBaseMs = deps.backoffBaseMs ?? 15_000;
  const backoffMaxMs = deps.backoffMaxMs ?? 10 * 60_000;

  let state: SchedulerState = { enrolled: false, running: false, failures: 0, problem: null, blocked: false };
  const listeners = new Set<() => void>();
  let started = false;
  let current: Promise<void> | undefined;
  let again = false;
  /** The exclusive job running, if any (and the ones queued behind it). */
  let holding: Promise<unknown> | undefined;

  const update = (patch: Partial<SchedulerState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  /** The next automatic sync (interval or backoff), and the one a few seconds after local changes. */
  let next: unknown;
  let debounce: unknown;
  const clearTimers = (): void => {
    if (next !== undefined) clearTimer(next);
    if (debounce !== undefined) clearTimer(debounce);
    next = undefined;
    debounce = undefined;
  };
  const schedule = (ms: number): void => {
    if (!started || !state.enrolled || state.blocked) return;
    if (next !== undefined) clearTimer(next);
    next = setTimer(() => {
      next = undefined;
      void attempt();
    }, ms);
  };
  const backoff = (): number => Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.max(0, state.failures - 1));

  async function runOnce(): Promise<void> {
    clearTimers();
    update({ running: true });
    try {
      const outcome = await deps.run();
      update({ running: false, failures: 0, problem: null, blocked: false });
      await deps.record({ outcome }).catch(() => undefined);
      // Changes made while this sync ran are pushed by the next one, a few seconds from now.
      schedule(outcome.pending > 0 ? debounceMs : intervalMs);
    } catch (error) {
      const problem = problemOf(error);
      const blocked = blocking.has(problem);
      update({ running: false, failures: state.failures + 1, problem, blocked });
      await deps.record({ problem, at: now() }).catch(() => undefined);
      schedule(backoff());
    }
  }

  /** One sync at a time: a request during a sync runs once more after it. */
  function attempt(): Promise<void> {
    if (!state.enrolled) return Promise.resolve();
    if (holding) {
      again = true;
      return holding.then(() => undefined, () => undefined);
    }
    if (current) {
      again = true;
      return current;
    }
    current = runOnce().finally(() => {
      current = undefined;
      if (again) {
        again = false;
        void attempt();
      }
    });
    return current;
  }

  return {
    start() {
      started = true;
      void this.refreshEnrolment().then(() => attempt());
      return () => {
        started = false;
        clearTimers();
      };
    },
    async syncNow() {
      if (!state.enrolled) await this.refreshEnrolment();
      update({ blocked: false });
      await attempt();
      // A sync asked for while another ran is done only after that one.
      if (current) await current;
    },
    localChange() {
      // After a failure the backoff's timer decides; until then each change restarts the wait.
      if (!started || !state.enrolled || state.blocked || state.failures > 0) return;
      if (debounce !== undefined) clearTimer(debounce);
      debounce = setTimer(() => {
        debounce = undefined;
        void attempt();
      }, debounceMs);
    },
    online() {
      if (!state.blocked) void attempt();
    },
    async refreshEnrolment() {
      const enrolled = await deps.isEnrolled().catch(() => false);
      update(enrolled ? { enrolled } : { enrolled, problem: null, failures: 0, blocked: false });
      if (!enrolled) clearTimers();
    },
    exclusive<T>(job: () => Promise<T>): Promise<T> {
      const before = holding ?? current ?? Promise.resolve();
      const run = before.then(job, job);
      const held: Promise<unknown> = run.then(
        () => undefined,
        () => undefined,
      );
      holding = held;
      void held.then(() => {
        if (holding !== held) return;
        holding = undefined;
        if (again) {
          again = false;
          void attempt();
        }
      });
      return run;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
