/**
 * Sections and tasks sort by their fractional-index key (fractional-indexing keys compare as
 * plain strings, by code unit, never by locale). Two offices can insert at the same place while
 * offline and produce the same key; the id breaks the tie so every device shows one order.
 */
export function compareByOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** The live rows (tombstones left out) in their order, as a new array. */
export function inOrder<T extends { order: string; id: string; deleted?: boolean }>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.deleted !== true).sort(compareByOrder);
}
