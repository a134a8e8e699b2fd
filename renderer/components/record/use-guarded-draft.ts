import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { changedFrom } from './unsaved-sources';
import { useUnsavedGuard } from './use-unsaved-guard';

/**
 * A form's values as typed, and the guard that asks before they are left unsaved: the form is
 * dirty while its values differ from those it opened with.
 */
export function useGuardedDraft<T>(initial: T | (() => T)): {
  draft: T;
  setDraft: Dispatch<SetStateAction<T>>;
  /**
   * After a successful save: `then` (usually the navigation to the saved record), without asking.
   * Skipped when the user has left the form while the save ran: its navigation would take them
   * off whatever they opened since, such as the next new record's form they are typing into.
   */
  afterSave: (then: () => void) => void;
  /** `then` without asking: for 取消. */
  releasing: (then: () => void) => () => void;
} {
  const [opened] = useState(initial);
  const [draft, setDraft] = useState(opened);
  const { release } = useUnsavedGuard(changedFrom(opened, draft));
  const open = useRef(false);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);
  const afterSave = useCallback(
    (then: () => void) => {
      if (!open.current) return;
      release();
      then();
    },
    [release],
  );
  const releasing = useCallback(
    (then: () => void) => () => {
      release();
      then();
    },
    [release],
  );
  return { draft, setDraft, afterSave, releasing };
}
