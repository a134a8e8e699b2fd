import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { buildXlsx } from './export-xlsx';

// Building a workbook needs no bridge; saving it does, and is not what is tested here.
vi.mock('../../bridge/desk', () => ({ desk: {} }));

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

const values = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('building an .xlsx export', () => {
  it('writes the headers in bold and the rows with Chinese text and numbers as they were', async () => {
    const bytes = await buildXlsx(
      '成员单位',
      [{ header: '单位名称' }, { header: '单位类型', width: 20 }, { header: '统一社会信用代码' }, { header: '成员数' }],
      [
        ['丽水职业高级中学', '中职学校', '12331100MB1A1234Q', 12],
        ['丽水思博特精密制造有限公司', '企业', '', null],
        ['<script>alert(1)</script>', '行业协会', '=1+1', 0],
      ],
    );
    const sheet = await readBack(bytes);
    expect(sheet.name).toBe('成员单位');
    expect(values(sheet)).toEqual([
      ['单位名称', '单位类型', '统一社会信用代码', '成员数'],
      ['丽水职业高级中学', '中职学校', '12331100MB1A1234Q', 12],
      ['丽水思博特精密制造有限公司', '企业', ''],
      ['<script>alert(1)</script>', '行业协会', "'=1+1", 0],
    ]);
    expect(sheet.getRow(1).font.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(20);
    // A text that looks like a formula stays text, quoted as OWASP advises: an export never computes anything in Excel.
    expect(sheet.getCell('C4').type).toBe(ExcelJS.ValueType.String);
  });

  it('makes a sheet name Excel accepts', async () => {
    const sheet = await readBack(await buildXlsx('2026年[上半年]: 活动/协议*清单？以及一个非常非常非常长的名称', [{ header: '名称' }], []));
    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(values(sheet)).toEqual([['名称']]);
  });
});
