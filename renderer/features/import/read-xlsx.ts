import type { Unzipped } from 'fflate';
import { unzipSync } from 'fflate';
import { ImportFileError } from './import-errors';
import { attribute, columnNumber, dateStyles, elements, itemText, serialDate, sharedStrings, workbookSheets } from './read-xlsx-xml';
import type { Sheet, SheetCell, SheetRow } from './sheet';

interface SheetParts {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** The text a cell shows: shared and inline strings, numbers, dates in date-formatted cells, booleans and errors. */
function cellText(attributes: string, content: string, parts: SheetParts): string {
  const type = attribute(attributes, 't') ?? 'n';
  if (type === 'inlineStr') return itemText(/<(?:[\w.-]+:)?is>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(content)?.[1] ?? '');
  const raw = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(content)?.[1];
  if (raw === undefined) return '';
  if (type === 's') return parts.strings[Number(raw)] ?? '';
  const value = itemText(`<t>${raw}</t>`);
  if (type === 'b') return value === '1' || value === 'true' ? 'true' : 'false';
  if (type === 'd') return value.slice(0, 10);
  if (type !== 'n') return value;
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const style = Number(attribute(attributes, 's') ?? '0');
  return parts.dates[style] ? serialDate(number, parts.date1904) : String(number);
}

/** Cells in merged ranges (`A2:A4`), top-left included: each one's top-left cell as "row/column"; the widest column a merge reaches. */
function mergedCells(xml: string): { masters: Map<string, string>; lastColumn: number } {
  const masters = new Map<string, string>();
  let lastColumn = 0;
  for (const merge of elements(xml, 'mergeCell')) {
    const range = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(attribute(merge.attributes, 'ref') ?? '');
    if (!range) continue;
    const [left, right, top, bottom] = [columnNumber(range[1] ?? ''), columnNumber(range[3] ?? ''), Number(range[2]), Number(range[4])];
    lastColumn = Math.max(lastColumn, right);
    for (let row = top; row <= bottom; row++) for (let column = left; column <= right; column++) masters.set(`${row}/${column}`, `${top}/${left}`);
  }
  return { masters, lastColumn };
}

/**
 * A worksheet's rows with anything in them, each as wide as the widest row, as Excel numbers
 * them. A merged range shows its top-left cell's value in every cell, as Excel shows it and as
 * exceljs read it, so a row inside a merge is flagged rather than silently missing a value.
 */
function rowsOf(xml: string, parts: SheetParts): SheetRow[] {
  const { masters, lastColumn } = mergedCells(xml);
  const read: { number: number; cells: Map<number, SheetCell> }[] = [];
  const byKey = new Map<string, SheetCell>();
  let columns = lastColumn;
  let rowNumber = 0;
  for (const row of elements(xml, 'row')) {
    rowNumber = Number(attribute(row.attributes, 'r') ?? rowNumber + 1);
    const cells = new Map<number, SheetCell>();
    let column = 0;
    for (const cell of elements(row.content, 'c')) {
      const reference = /^([A-Z]+)/.exec(attribute(cell.attributes, 'r') ?? '')?.[1];
      column = reference ? columnNumber(reference) : column + 1;
      columns = Math.max(columns, column);
      const read: SheetCell = { text: cellText(cell.attributes, cell.content, parts), formula: /<(?:[\w.-]+:)?f[\s/>]/.test(cell.content), merged: masters.has(`${rowNumber}/${column}`) };
      cells.set(column, read);
      if (read.merged) byKey.set(`${rowNumber}/${column}`, read);
    }
    read.push({ number: rowNumber, cells });
  }
  const rows: SheetRow[] = [];
  for (const { number, cells } of read) {
    const full: SheetCell[] = [];
    for (let column = 1; column <= columns; column++) {
      const master = masters.get(`${number}/${column}`);
      const top = master === undefined ? undefined : byKey.get(master);
      full.push(top ? { ...top, merged: true } : (cells.get(column) ?? { text: '', formula: false, merged: master !== undefined }));
    }
    if (full.some((cell) => cell.text.trim() !== '')) rows.push({ number, cells: full });
  }
  return rows;
}

const parts = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/i;

/** The first visible worksheet that has anything in it: a workbook of one list is the usual case. */
export function readXlsx(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  // An .xlsx file is a ZIP archive; anything else under that name (an .xls renamed, a web page) is not one.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return Promise.reject(new ImportFileError('unreadable', fileName));
  let files: Unzipped;
  try {
    files = unzipSync(bytes, { filter: (file) => parts.test(file.name) });
  } catch {
    return Promise.reject(new ImportFileError('unreadable', fileName));
  }
  const decoder = new TextDecoder();
  // Part names are case-insensitive in OPC; writers differ in case (sharedStrings.xml, SharedStrings.xml).
  const byName = new Map(Object.entries(files).map(([name, data]) => [name.toLowerCase(), data]));
  const text = (name: string): string | undefined => {
    const data = byName.get(name.toLowerCase());
    return data ? decoder.decode(data) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  if (!workbookXml) return Promise.reject(new ImportFileError('unreadable', fileName));
  const { sheets, date1904 } = workbookSheets(workbookXml, text('xl/_rels/workbook.xml.rels') ?? '');
  const sheetParts: SheetParts = { strings: sharedStrings(text('xl/sharedStrings.xml')), dates: dateStyles(text('xl/styles.xml')), date1904 };
  for (const sheet of sheets) {
    if (!sheet.visible) continue;
    const xml = text(sheet.path);
    if (xml === undefined) continue;
    const rows = rowsOf(xml, sheetParts);
    if (rows.length > 0) return Promise.resolve({ name: sheet.name, format: 'xlsx', encoding: null, rows });
  }
  return Promise.reject(new ImportFileError('empty', fileName));
}
