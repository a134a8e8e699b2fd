import type { CellValue, Worksheet } from 'exceljs';
import { ImportFileError } from './import-errors';
import type { Sheet, SheetCell, SheetRow } from './sheet';

/** The text a cell shows, for every kind of value exceljs reads. */
function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    // exceljs types the text of a link as a string, but a styled link holds rich text.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : textOf(text as CellValue);
  }
  if ('error' in value) return value.error;
  return textOf(value.result);
}

function isFormula(value: CellValue): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
}

function rowsOf(worksheet: Worksheet): SheetRow[] {
  const columns = worksheet.columnCount;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= columns; column++) {
      const cell = row.getCell(column);
      cells.push({ text: textOf(cell.value), formula: isFormula(cell.value), merged: cell.isMerged });
    }
    if (cells.some((cell) => cell.text.trim() !== '')) rows.push({ number, cells });
  });
  return rows;
}

/**
 * Starts loading exceljs (a large chunk) while the user is still choosing a file, so reading
 * the workbook does not wait for it. A failure here is met again, and reported, when reading.
 */
export function preloadXlsxReader(): void {
  import('exceljs').catch(() => undefined);
}

/** The first visible worksheet that has anything in it: a workbook of one list is the usual case. */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  // An .xlsx file is a ZIP archive; anything else under that name (an .xls renamed, a web page) is not one.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportFileError('unreadable', fileName);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportFileError('unreadable', fileName);
  }
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state !== 'visible') continue;
    const rows = rowsOf(worksheet);
    if (rows.length > 0) return { name: worksheet.name, format: 'xlsx', encoding: null, rows };
  }
  throw new ImportFileError('empty', fileName);
}
