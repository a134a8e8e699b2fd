import { useCallback, useContext, useId, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { UnsavedContext } from './unsaved-context';

/**
 * Makes leaving this editor while `dirty` ask first (UnsavedChangesProvider's dialog, and the
 * browser's own before the window closes). Call `release()` just before a save's or a cancel's
 * navigation: both are the user's own answer, so neither asks. The registry is written during
 * the layout effect and by release() directly, so a navigation in the same tick already sees it.
 */
export function useUnsavedGuard(dirty: boolean): { release: () => void } {
  const sources = useContext(UnsavedContext);
  const id = useId();
  const released = useRef(false);
  useLayoutEffect(() => {
    if (!dirty) released.current = false;
    sources?.set(id, dirty && !released.current);
  }, [sources, id, dirty]);
  useLayoutEffect(() => () => sources?.set(id, false), [sources, id]);
  const release = useCallback(() => {
    released.current = true;
    sources?.set(id, false);
  }, [sources, id]);
  return { release };
}

const never = (): (() => void) => () => undefined;

/** Whether an editor on this page holds unsaved changes (the history then offers no put-back: the open form would write over it). */
export function usePageHasUnsavedChanges(): boolean {
  const sources = useContext(UnsavedContext);
  return useSyncExternalStore(sources?.subscribe ?? never, () => sources?.anyDirty() ?? false);
}
