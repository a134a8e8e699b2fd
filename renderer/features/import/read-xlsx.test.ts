import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx';
import { xlsxBytes } from './test-files';

/** What exceljs, the library that wrote most test files, reads from a workbook: the cells' text, as the import saw it before. */
async function asExceljsReads(bytes: Uint8Array): Promise<{ name: string; rows: { number: number; cells: string[] }[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets.find((each) => each.state === 'visible' && each.actualRowCount > 0);
  const rows: { number: number; cells: string[] }[] = [];
  sheet?.eachRow((row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = row.getCell(column).value;
      cells.push(value instanceof Date ? value.toISOString().slice(0, 10) : row.getCell(column).text);
    }
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ number, cells });
  });
  return { name: sheet?.name ?? '', rows };
}

async function readsAsExceljs(bytes: Uint8Array): Promise<void> {
  const sheet = await readXlsx(bytes, 'units.xlsx');
  expect({ name: sheet.name, rows: sheet.rows.map((row) => ({ number: row.number, cells: row.cells.map((cell) => cell.text) })) }).toEqual(await asExceljsReads(bytes));
}

describe('reading .xlsx without a workbook model', () => {
  it('reads the corpus workbook WPS saved (inline strings, 300 units, long names, 𠮷) cell for cell as exceljs does', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../../../../shared/corpus/units-wps.xlsx', import.meta.url)));
    await readsAsExceljs(bytes);
    const sheet = await readXlsx(bytes, 'units-wps.xlsx');
    expect(sheet.rows.length).toBeGreaterThan(300);
  });

  it('reads shared strings with markup characters, numbers, dates, booleans, rich text, blank rows and a sparse row as exceljs does', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['单位名称', '加入日期', '人数', '是否', '备注']);
      sheet.addRow(['<script>alert("1")</script> & 欧阳', new Date(Date.UTC(2023, 4, 9)), 1.5, true, { richText: [{ text: '丽水', font: { bold: true } }, { text: '职高' }] }]);
      sheet.addRow([]);
      sheet.addRow(['𠮷野家（丽水）餐饮管理有限公司', null, 13957012346, false, '  前后空格  ']);
      sheet.getCell('G6').value = '远处的一格';
      sheet.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
    });
    await readsAsExceljs(bytes);
    const sheet = await readXlsx(bytes, 'units.xlsx');
    expect(sheet.rows.map((row) => row.number)).toEqual([1, 2, 4, 6]);
    expect(sheet.rows[1]?.cells.map((cell) => cell.text)).toEqual(['<script>alert("1")</script> & 欧阳', '2023-05-09', '1.5', 'true', '丽水职高', '', '']);
  });

  it('reads dates of a workbook in the 1904 date system as the same days', async () => {
    const bytes = await xlsxBytes((sheet, workbook) => {
      workbook.properties.date1904 = true;
      sheet.addRow(['加入日期']);
      sheet.addRow([new Date(Date.UTC(2024, 5, 13))]);
    });
    expect((await readXlsx(bytes, 'units.xlsx')).rows[1]?.cells[0]?.text).toBe('2024-06-13');
  });
});
