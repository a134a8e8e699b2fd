import { useCallback, useMemo, useState } from 'react';
import type { Selection } from './selection';
import { emptySelection, selectedRows, shownState, toggleRange, toggleRow, toggleShown } from './selection';

export interface ListSelection<R> {
  isSelected: (id: string) => boolean;
  /** A row's checkbox; with shift, the range from the last row clicked. */
  toggle: (id: string, range: boolean) => void;
  /** The header checkbox: everything the filter shows, or nothing of it. */
  toggleShown: () => void;
  shownState: 'none' | 'some' | 'all';
  clear: () => void;
  /** The selected records, in the list's own order, whether the filter shows them or not. */
  rows: R[];
  /** How many of `rows` the current filter or search hides. */
  hidden: number;
}

/**
 * The selection of one list screen. `rows` are the records the list could show (deleted ones
 * only while they are shown), `shown` the ones the filter shows, in their order.
 */
export function useSelection<R extends { id: string }>(rows: readonly R[], shown: readonly R[]): ListSelection<R> {
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const shownIds = useMemo(() => shown.map((row) => row.id), [shown]);
  const shownSet = useMemo(() => new Set(shownIds), [shownIds]);
  const chosen = useMemo(() => selectedRows(selection, rows, shownSet), [selection, rows, shownSet]);
  const state = useMemo(() => shownState(selection, shownIds), [selection, shownIds]);
  const toggle = useCallback((id: string, range: boolean) => setSelection((previous) => (range ? toggleRange(previous, shownIds, id) : toggleRow(previous, id))), [shownIds]);
  return {
    isSelected: (id) => selection.ids.has(id),
    toggle,
    toggleShown: () => setSelection((previous) => toggleShown(previous, shownIds)),
    shownState: state,
    clear: () => setSelection(emptySelection),
    rows: chosen.rows,
    hidden: chosen.hidden,
  };
}
