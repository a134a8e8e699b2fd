import { useState } from 'react';
import type { BulkChange, BulkOutcome, BulkProgress } from '../../db/bulk';
import { undoBulk } from '../../db/bulk';
import type { BulkCounts } from '../../db/bulk-actions';
import { BulkTargetGoneError } from '../../db/bulk-actions';
import { RecordValidationError } from '../../db/mutate';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { bulkMessages } from './bulk-messages';

/** Runs one bulk action, named for the message after it; resolves whether it was written. */
export type BulkRun = (name: string, action: (onProgress: BulkProgress) => Promise<BulkOutcome<BulkCounts>>) => Promise<boolean>;

/** Actions over more rows than this show how far they are. */
const longAction = 200;

export interface BulkProgressValue {
  done: number;
  total: number;
}

/**
 * The progress of the running action, outside React state: told after every row, it re-draws
 * only the progress bar that subscribes to it, never the list of 10,000 rows around it.
 */
export interface BulkProgressStore {
  subscribe: (listener: () => void) => () => void;
  get: () => BulkProgressValue | undefined;
  set: (value: BulkProgressValue | undefined) => void;
}

function createProgressStore(): BulkProgressStore {
  let value: BulkProgressValue | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => value,
    set: (next) => {
      value = next;
      for (const listener of listeners) listener();
    },
  };
}

export interface BulkActionState {
  run: BulkRun;
  running: boolean;
  progress: BulkProgressStore;
  /** What the last action did (or why it failed), with its undo while it can be undone. */
  notice: { message: string; undo: BulkChange[] | undefined } | undefined;
  undo: () => void;
  dismiss: () => void;
}

/** A list's bulk actions: one at a time, their progress, their outcome and the one-step undo of the last. */
export function useBulkAction(): BulkActionState {
  const t = useMessages(bulkMessages);
  const describeError = useErrorMessage();
  const [running, setRunning] = useState(false);
  const [progress] = useState(createProgressStore);
  const [notice, setNotice] = useState<BulkActionState['notice']>();
  const onProgress: BulkProgress = (done, total) => {
    if (total > longAction) progress.set({ done, total });
  };
  const describe = (error: unknown): string =>
    error instanceof BulkTargetGoneError ? t.targetGone : error instanceof RecordValidationError ? t.invalid : describeError(error);

  const run: BulkRun = async (name, action) => {
    setRunning(true);
    setNotice(undefined);
    try {
      const outcome = await action(onProgress);
      setNotice({ message: t.done(name, outcome.result), undo: outcome.changes.length > 0 ? outcome.changes : undefined });
      return true;
    } catch (error) {
      setNotice({ message: describe(error), undo: undefined });
      return false;
    } finally {
      setRunning(false);
      progress.set(undefined);
    }
  };

  const undo = (): void => {
    const changes = notice?.undo;
    if (!changes) return;
    setNotice(undefined);
    setRunning(true);
    undoBulk(changes, { onProgress })
      .then(
        () => setNotice({ message: t.undone, undo: undefined }),
        () => setNotice({ message: t.undoFailed, undo: undefined }),
      )
      .finally(() => {
        setRunning(false);
        progress.set(undefined);
      });
  };

  return { run, running, progress, notice, undo, dismiss: () => setNotice(undefined) };
}
