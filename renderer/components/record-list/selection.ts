/**
 * A list's selection as plain data: the ids chosen and the row a shift-click extends from.
 * Ids, not row positions, so the selection survives sorting, filtering and new rows arriving;
 * every function takes the rows as the list shows them now, in their order.
 */
export interface Selection {
  readonly ids: ReadonlySet<string>;
  /** The row last clicked without shift: the other end of a shift-click's range. */
  readonly anchor: string | null;
}

export const emptySelection: Selection = { ids: new Set(), anchor: null };

/** A click on a row's checkbox: that row flips, and becomes the anchor of the next range. */
export function toggleRow(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * A shift-click: every row shown between the anchor and the clicked row, both included, takes
 * the state the clicked row flips to, as in a file manager. Without an anchor on screen (none
 * yet, or the filter hides it) it is a plain click. The anchor stays, so a second shift-click
 * re-draws the range from the same row.
 */
export function toggleRange(selection: Selection, shown: readonly string[], id: string): Selection {
  const from = selection.anchor === null ? -1 : shown.indexOf(selection.anchor);
  const to = shown.indexOf(id);
  if (from < 0 || to < 0) return toggleRow(selection, id);
  const select = !selection.ids.has(id);
  const ids = new Set(selection.ids);
  for (let index = Math.min(from, to); index <= Math.max(from, to); index++) {
    const rowId = shown[index] as string;
    if (select) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: selection.anchor };
}

/** How much of what the list shows is selected: the header checkbox's state. */
export function shownState(selection: Selection, shown: readonly string[]): 'none' | 'some' | 'all' {
  let count = 0;
  for (const id of shown) if (selection.ids.has(id)) count++;
  return count === 0 ? 'none' : count === shown.length ? 'all' : 'some';
}

/**
 * The header checkbox: selects every row the filter shows (rendered or not), or, when all of
 * them are selected already, unselects them. Rows selected under another filter stay selected.
 */
export function toggleShown(selection: Selection, shown: readonly string[]): Selection {
  const ids = new Set(selection.ids);
  if (shownState(selection, shown) === 'all') for (const id of shown) ids.delete(id);
  else for (const id of shown) ids.add(id);
  return { ids, anchor: selection.anchor };
}

/**
 * The selected rows that still exist, in the order of `rows`, split into those the filter shows
 * and those it hides. A record removed from the list (by sync, or by hiding deleted rows) is
 * no longer selected: an action never reaches a row the user cannot get back on screen.
 */
export function selectedRows<R extends { id: string }>(selection: Selection, rows: readonly R[], shownIds: ReadonlySet<string>): { rows: R[]; hidden: number } {
  const chosen: R[] = [];
  let hidden = 0;
  if (selection.ids.size === 0) return { rows: chosen, hidden };
  for (const row of rows) {
    if (!selection.ids.has(row.id)) continue;
    chosen.push(row);
    if (!shownIds.has(row.id)) hidden++;
  }
  return { rows: chosen, hidden };
}
