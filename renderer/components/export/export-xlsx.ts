import type { SaveAsResult } from '../../../shared/bridge/files';
import { desk } from '../../bridge/desk';

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
  sheet.addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Exports rows as an .xlsx file through files.saveAs (a save dialog, or a download in browser mode). */
export async function exportXlsx(fileName: string, sheetName: string, columns: SheetColumn[], rows: Cell[][]): Promise<SaveAsResult> {
  const bytes = await buildXlsx(sheetName, columns, rows);
  return desk.files.saveAs({
    suggestedName: fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`,
    bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}
