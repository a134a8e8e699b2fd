/** One cell of an imported sheet, reduced to what an import needs to know about it. */
export interface SheetCell {
  text: string;
  /** The cell holds a formula: its value is a computed result that may be stale or wrong. */
  formula: boolean;
  /** The cell is part of a merged range (its top-left cell included): which rows it belongs to is a guess. */
  merged: boolean;
}

export interface SheetRow {
  /** The row's number as the user sees it in Excel (1-based, blank rows counted). */
  number: number;
  cells: SheetCell[];
}

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16be';

export interface Sheet {
  /** The worksheet's name (.xlsx) or the file's name (.csv). */
  name: string;
  format: 'xlsx' | 'csv';
  encoding: TextEncoding | null;
  /** Rows with at least one non-blank cell, in order. */
  rows: SheetRow[];
}

