import { useCallback, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { changedFrom } from './unsaved-sources';
import { useUnsavedGuard } from './use-unsaved-guard';

/**
 * A form's values as typed, and the guard that asks before they are left unsaved: the form is
 * dirty while its values differ from those it opened with. Each form calls `release()` just
 * before the navigation of a successful save or of 取消.
 */
export function useGuardedDraft<T>(initial: T | (() => T)): {
  draft: T;
  setDraft: Dispatch<SetStateAction<T>>;
  release: () => void;
  /** `then` after release(): for 取消, which leaves without asking. */
  releasing: (then: () => void) => () => void;
} {
  const [opened] = useState(initial);
  const [draft, setDraft] = useState(opened);
  const { release } = useUnsavedGuard(changedFrom(opened, draft));
  const releasing = useCallback(
    (then: () => void) => () => {
      release();
      then();
    },
    [release],
  );
  return { draft, setDraft, release, releasing };
}
