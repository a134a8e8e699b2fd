import ExcelJS from 'exceljs';
import { creditCodeCheckCharacter } from '../../../shared/domain/credit-code';

/** Test helpers: spreadsheets made the way Excel and WPS save them, built in memory. */

export async function xlsxBytes(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('成员单位'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A valid unified social credit code ending the given 17 characters. */
export function creditCode(first17: string): string {
  return first17 + (creditCodeCheckCharacter(first17) ?? '');
}
