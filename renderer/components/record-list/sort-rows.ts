const collator = new Intl.Collator('zh-CN', { numeric: true });

export interface SortBy<R> {
  value: (row: R) => string | number;
  /** An ASCII key compared as is (e.g. a name's pinyin): much cheaper than collating Chinese text. */
  sortKey?: (row: R) => string;
}

/**
 * Sorts rows by a column. Collating Chinese is slow (≈1 µs a comparison), so each distinct value
 * is collated once and rows are then ordered by rank: a kind or region column with a handful of
 * values sorts 30,000 rows in a few milliseconds.
 */
export function sortRows<R>(rows: readonly R[], by: SortBy<R>, descending: boolean): R[] {
  const direction = descending ? -1 : 1;
  if (by.sortKey) {
    const sortKey = by.sortKey;
    if (!descending && isSorted(rows, sortKey)) return [...rows];
    const keyed = rows.map((row) => ({ row, key: sortKey(row) }));
    keyed.sort((a, b) => (a.key < b.key ? -direction : a.key > b.key ? direction : 0));
    return keyed.map((entry) => entry.row);
  }
  const values = rows.map(by.value);
  const distinct = [...new Set(values)];
  distinct.sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))));
  const rank = new Map(distinct.map((value, index) => [value, index]));
  const order = rows.map((_row, index) => index);
  order.sort((a, b) => direction * ((rank.get(values[a] ?? '') ?? 0) - (rank.get(values[b] ?? '') ?? 0)) || a - b);
  return order.map((index) => rows[index] as R);
}

/** Rows often arrive already in order (the table cache keeps names sorted): one pass tells. */
function isSorted<R>(rows: readonly R[], sortKey: (row: R) => string): boolean {
  for (let i = 1; i < rows.length; i++) {
    if (sortKey(rows[i - 1] as R) > sortKey(rows[i] as R)) return false;
  }
  return true;
}
