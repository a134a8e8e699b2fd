import { describe, expect, it } from 'vitest';
import type { Selection } from './selection';
import { emptySelection, selectedRows, shownState, toggleRange, toggleRow, toggleShown } from './selection';

const ids = (selection: Selection): string[] => [...selection.ids].sort();
const shown = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('a list selection', () => {
  it('flips one row a click at a time', () => {
    let selection = toggleRow(emptySelection, 'b');
    selection = toggleRow(selection, 'd');
    expect(ids(selection)).toEqual(['b', 'd']);
    expect(ids(toggleRow(selection, 'b'))).toEqual(['d']);
  });

  it('selects the range between the last click and a shift-click, either way round', () => {
    const down = toggleRange(toggleRow(emptySelection, 'b'), shown, 'e');
    expect(ids(down)).toEqual(['b', 'c', 'd', 'e']);
    const up = toggleRange(toggleRow(emptySelection, 'e'), shown, 'b');
    expect(ids(up)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('unselects a range when the shift-clicked row was selected, and keeps rows outside it', () => {
    let selection = toggleShown(emptySelection, shown);
    selection = toggleRow(selection, 'b');
    selection = toggleRow(selection, 'b');
    expect(ids(toggleRange(selection, shown, 'd'))).toEqual(['a', 'e', 'f']);
  });

  it('re-draws a second shift-click from the same anchor', () => {
    let selection = toggleRow(emptySelection, 'c');
    selection = toggleRange(selection, shown, 'f');
    expect(ids(selection)).toEqual(['c', 'd', 'e', 'f']);
    // f is selected, so shift-clicking a selected row of the range unselects up to it.
    selection = toggleRange(selection, shown, 'e');
    expect(ids(selection)).toEqual(['f']);
  });

  it('treats a shift-click as a click when the anchor is not shown', () => {
    const selection = toggleRow(emptySelection, 'z');
    expect(ids(toggleRange(selection, shown, 'c'))).toEqual(['c', 'z']);
    expect(toggleRange(selection, shown, 'c').anchor).toBe('c');
  });

  it('selects every row the filter shows, then unselects them, leaving rows of another filter selected', () => {
    let selection = toggleRow(emptySelection, 'x');
    selection = toggleShown(selection, shown);
    expect(ids(selection)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'x']);
    expect(shownState(selection, shown)).toBe('all');
    selection = toggleShown(selection, shown);
    expect(ids(selection)).toEqual(['x']);
    expect(shownState(selection, shown)).toBe('none');
    expect(shownState(toggleRow(selection, 'c'), shown)).toBe('some');
  });

  it('selects all of 10,000 filtered rows, not only the ones on screen', () => {
    const many = Array.from({ length: 10_000 }, (_row, index) => `u${index}`);
    expect(toggleShown(emptySelection, many).ids.size).toBe(10_000);
  });

  it('keeps a selection through a change of filter, and says how many it now hides', () => {
    const rows = shown.map((id) => ({ id }));
    const selection = toggleShown(emptySelection, ['a', 'b', 'c']);
    // The search narrows to d, e, f: a, b and c are still selected, out of sight.
    const narrowed = selectedRows(selection, rows, new Set(['d', 'e', 'f']));
    expect(narrowed.rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(narrowed.hidden).toBe(3);
    expect(shownState(selection, ['d', 'e', 'f'])).toBe('none');
    // Cleared again, the same rows are shown selected.
    expect(selectedRows(selection, rows, new Set(shown)).hidden).toBe(0);
  });

  it('drops rows that left the list (deleted elsewhere, or deleted rows hidden again)', () => {
    const selection = toggleShown(emptySelection, shown);
    const remaining = [{ id: 'a' }, { id: 'c' }];
    expect(selectedRows(selection, remaining, new Set(['a', 'c'])).rows.map((row) => row.id)).toEqual(['a', 'c']);
  });
});
