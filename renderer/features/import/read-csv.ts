import Papa from 'papaparse';
import { decodeText } from './decode-text';
import { ImportFileError } from './import-errors';
import type { Sheet, SheetRow } from './sheet';

/** CSV stores results, not formulas; a cell that starts with "=" was meant as one and would compute nothing here. */
const looksLikeFormula = (text: string): boolean => text.trimStart().startsWith('=');

/**
 * The separator, from the header line: commas from "CSV", tabs from Excel's "Unicode text",
 * semicolons from European settings. Decided here because guessing from data rows is thrown
 * off by addresses with commas and cells with line breaks.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, 65_536).split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = [',', '\t', ';'].map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

export function readCsv(bytes: Uint8Array, fileName: string): Sheet {
  const { text, encoding } = decodeText(bytes);
  // A NUL character never occurs in a text file: this is a binary file with a .csv name.
  if (text.includes('\u0000')) throw new ImportFileError('unreadable', fileName);
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const rows: SheetRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (!cells.some((cell) => cell.trim() !== '')) return;
    rows.push({ number: index + 1, cells: cells.map((cell) => ({ text: cell, formula: looksLikeFormula(cell), merged: false })) });
  });
  return { name: fileName, format: 'csv', encoding, rows };
}
