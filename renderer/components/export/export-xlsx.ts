import type { SaveAsResult } from '../../../shared/bridge/files';
import { desk } from '../../bridge/desk';
import { neutraliseFormula } from './formula-text';

export interface SheetColumn {
  header: string;
  width?: number;
}

export type Cell = string | number | null;

/** Builds an .xlsx workbook of one sheet (exceljs); separate from saving so it can be tested. */
export async function buildXlsx(sheetName: string, columns: SheetColumn[], rows: Cell[][]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '产教联盟工作台 Alliance Desk';
  workbook.created = new Date();
  // Excel allows 31 characters and no []:*?/\ in a sheet name.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? Math.max(12, column.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  // Text a spreadsheet would run as a formula is written so that it stays text (OWASP, CSV injection).
  sheet.addRows(rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell))));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Saves a workbook through files.saveAs (a save dialog, or a download in browser mode). */
export function saveXlsx(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<SaveAsResult> {
  return desk.files.saveAs({
    suggestedName: fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`,
    bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}

/** Exports rows as an .xlsx file. */
export async function exportXlsx(fileName: string, sheetName: string, columns: SheetColumn[], rows: Cell[][]): Promise<SaveAsResult> {
  return saveXlsx(fileName, await buildXlsx(sheetName, columns, rows));
}
