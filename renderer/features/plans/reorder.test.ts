import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { compareByOrder } from '../../../shared/documents/plan-order';
import { keyAfterLast, moveRow } from './reorder';

const rows = (ids: string[]): { id: string; order: string }[] => {
  const keys = generateNKeysBetween(null, null, ids.length);
  return ids.map((id, index) => ({ id, order: keys[index] ?? '' }));
};

function apply(list: { id: string; order: string }[], changes: { id: string; order: string }[]): string[] {
  const next = list.map((row) => ({ ...row, order: changes.find((change) => change.id === row.id)?.order ?? row.order }));
  return next.sort(compareByOrder).map((row) => row.id);
}

describe('reordering by fractional index', () => {
  it('moves one row up or down by rekeying only that row', () => {
    const list = rows(['a', 'b', 'c', 'd']);
    const up = moveRow(list, 2, -1);
    expect(up).toHaveLength(1);
    expect(apply(list, up)).toEqual(['a', 'c', 'b', 'd']);
    expect(apply(list, moveRow(list, 0, 1))).toEqual(['b', 'a', 'c', 'd']);
    expect(apply(list, moveRow(list, 3, -1))).toEqual(['a', 'b', 'd', 'c']);
    expect(apply(list, moveRow(list, 1, -1))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('does nothing past either end', () => {
    const list = rows(['a', 'b']);
    expect(moveRow(list, 0, -1)).toEqual([]);
    expect(moveRow(list, 1, 1)).toEqual([]);
  });

  it('merges two offices moving different rows at the same time', () => {
    const list = rows(['a', 'b', 'c', 'd', 'e']);
    const mine = moveRow(list, 4, -1); // e above d
    const theirs = moveRow(list, 0, 1); // a below b
    expect(apply(list, [...mine, ...theirs])).toEqual(['b', 'a', 'c', 'e', 'd']);
  });

  it('renumbers when the neighbours share a key (two offices inserted at the same place)', () => {
    const key = generateKeyBetween(null, null);
    const list = [
      { id: 'x', order: generateKeyBetween(null, key) },
      { id: 'p', order: key },
      { id: 'q', order: key },
    ];
    const changes = moveRow(list, 0, 1);
    expect(apply(list, changes)).toEqual(['p', 'x', 'q']);
  });

  it('adds after the highest key, whatever the order of the rows given', () => {
    const list = rows(['a', 'b', 'c']);
    const added = keyAfterLast([list[2], list[0], list[1]].filter((row) => row !== undefined));
    expect(apply([...list, { id: 'new', order: added }], [])).toEqual(['a', 'b', 'c', 'new']);
    expect(keyAfterLast([])).toBe(generateKeyBetween(null, null));
  });
});
