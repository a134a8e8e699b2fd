import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

interface Ordered {
  id: string;
  order: string;
}

/** The new `order` values a move needs: usually one row's, all rows' only when keys tie. */
export type OrderChange = { id: string; order: string }[];

/** The key of a row added after the last one. */
export function keyAfterLast(rows: readonly Ordered[]): string {
  const last = rows.reduce<string | null>((highest, row) => (highest === null || row.order > highest ? row.order : highest), null);
  return generateKeyBetween(last, null);
}

/**
 * Moves `rows[index]` (rows in display order) one place up or down. Only the moved row gets a new
 * key, between its new neighbours, so another office's concurrent moves of other rows still merge.
 * Two offices may have given two rows the same key; a move between such twins renumbers the list.
 */
export function moveRow(rows: readonly Ordered[], index: number, direction: -1 | 1): OrderChange {
  const target = index + direction;
  const moved = rows[index];
  if (!moved || target < 0 || target >= rows.length) return [];
  const rest = rows.filter((_, at) => at !== index);
  const before = rest[target - 1]?.order ?? null;
  const after = rest[target]?.order ?? null;
  if (before === null || after === null || before < after) return [{ id: moved.id, order: generateKeyBetween(before, after) }];
  const reordered = [...rest.slice(0, target), moved, ...rest.slice(target)];
  const keys = generateNKeysBetween(null, null, reordered.length);
  return reordered.map((row, at) => ({ id: row.id, order: keys[at] ?? '' })).filter((change, at) => change.order !== reordered[at]?.order);
}
