/**
 * Which editors on screen hold changes not yet saved. One registry for the whole app, because
 * react-router consults only one blocker: a page with two editors (an event's form and its agenda)
 * must ask when either of them holds changes.
 */
export class UnsavedSources {
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<() => void>();

  set(source: string, dirty: boolean): void {
    const before = this.dirty.size;
    if (dirty) this.dirty.add(source);
    else this.dirty.delete(source);
    if ((before > 0) !== (this.dirty.size > 0)) for (const listener of this.listeners) listener();
  }

  anyDirty(): boolean {
    return this.dirty.size > 0;
  }

  /** Told when the page starts or stops holding unsaved changes (for useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

interface Place {
  pathname: string;
  search: string;
}

/** Leaving means another page: a change of the hash's path or query, not a re-render of the same one. */
export function leavesPage(current: Place, next: Place): boolean {
  return current.pathname !== next.pathname || current.search !== next.search;
}

/** Whether a form's values differ from those it opened with: plain data (text, ids, lists of rows), compared by content. */
export function changedFrom(initial: unknown, values: unknown): boolean {
  if (Object.is(initial, values)) return false;
  if (typeof initial !== 'object' || typeof values !== 'object' || initial === null || values === null) return true;
  if (Array.isArray(initial) !== Array.isArray(values)) return true;
  const a = initial as Record<string, unknown>;
  const b = values as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (changedFrom(a[key], b[key])) return true;
  return false;
}
