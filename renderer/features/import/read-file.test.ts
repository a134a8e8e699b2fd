import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-errors';
import { checkImportFile, maxFileBytes, readImportFile } from './read-file';
import { utf8, xlsxBytes } from './test-files';

/** GBK bytes, as Excel in China saves "CSV (逗号分隔)", checked against Node's GBK decoder below. */
const gbk = {
  单位名称: [0xb5, 0xa5, 0xce, 0xbb, 0xc3, 0xfb, 0xb3, 0xc6],
  单位类型: [0xb5, 0xa5, 0xce, 0xbb, 0xc0, 0xe0, 0xd0, 0xcd],
  丽水职业高级中学: [0xc0, 0xf6, 0xcb, 0xae, 0xd6, 0xb0, 0xd2, 0xb5, 0xb8, 0xdf, 0xbc, 0xb6, 0xd6, 0xd0, 0xd1, 0xa7],
  中职学校: [0xd6, 0xd0, 0xd6, 0xb0, 0xd1, 0xa7, 0xd0, 0xa3],
  天津模具行业协会: [0xcc, 0xec, 0xbd, 0xf2, 0xc4, 0xa3, 0xbe, 0xdf, 0xd0, 0xd0, 0xd2, 0xb5, 0xd0, 0xad, 0xbb, 0xe1],
  行业协会: [0xd0, 0xd0, 0xd2, 0xb5, 0xd0, 0xad, 0xbb, 0xe1],
};
const comma = [0x2c];
const newline = [0x0d, 0x0a];
const gbkCsv = Uint8Array.from([
  ...gbk.单位名称, ...comma, ...gbk.单位类型, ...newline,
  ...gbk.丽水职业高级中学, ...comma, ...gbk.中职学校, ...newline,
  ...gbk.天津模具行业协会, ...comma, ...gbk.行业协会, ...newline,
]);

async function failure(read: () => unknown): Promise<ImportFileError> {
  try {
    await read();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const texts = (rows: { cells: { text: string }[] }[]): string[][] => rows.map((row) => row.cells.map((cell) => cell.text));

describe('reading CSV', () => {
  it('has GBK bytes in the test that really are the words they stand for', () => {
    for (const [word, bytes] of Object.entries(gbk)) expect(new TextDecoder('gbk').decode(Uint8Array.from(bytes))).toBe(word);
  });

  it('reads UTF-8 without a byte-order mark', async () => {
    const sheet = await readImportFile(utf8('单位名称,单位类型\r\n丽水职业高级中学,中职学校\r\n'), '成员单位.csv');
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(texts(sheet.rows)).toEqual([['单位名称', '单位类型'], ['丽水职业高级中学', '中职学校']]);
  });

  it('reads UTF-8 with a byte-order mark (Excel’s “CSV UTF-8”) without keeping the mark in the first header', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('单位名称,联系人\n天津模具行业协会,王振云\n')]);
    const sheet = await readImportFile(bytes, 'units.CSV');
    expect(sheet.encoding).toBe('utf-8-bom');
    expect(texts(sheet.rows)).toEqual([['单位名称', '联系人'], ['天津模具行业协会', '王振云']]);
  });

  it('reads GBK, as Excel in China saves CSV', async () => {
    const sheet = await readImportFile(gbkCsv, '成员单位.csv');
    expect(sheet.encoding).toBe('gbk');
    expect(texts(sheet.rows)).toEqual([['单位名称', '单位类型'], ['丽水职业高级中学', '中职学校'], ['天津模具行业协会', '行业协会']]);
  });

  it('reads UTF-16 with its mark (Excel’s “Unicode text”), quoted cells with commas and line breaks, and skips blank lines', async () => {
    const text = '单位名称\t地址\n"丽水思博特精密制造有限公司"\t"浙江省丽水市\n莲都区"\n\n\t\n天津模具行业协会\t天津市';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const sheet = await readImportFile(bytes, 'units.csv');
    expect(sheet.encoding).toBe('utf-16le');
    expect(texts(sheet.rows)).toEqual([['单位名称', '地址'], ['丽水思博特精密制造有限公司', '浙江省丽水市\n莲都区'], ['天津模具行业协会', '天津市']]);
    expect(sheet.rows.map((row) => row.number)).toEqual([1, 2, 5]);
  });

  it('marks CSV cells written as formulas', async () => {
    const sheet = await readImportFile(utf8('单位名称,电话\n甲公司,=A1&"x"\n'), 'units.csv');
    expect(sheet.rows[1]?.cells.map((cell) => cell.formula)).toEqual([false, true]);
  });

  it('refuses a binary file named .csv', async () => {
    expect((await failure(() => readImportFile(Uint8Array.from([0x00, 0x01, 0x02, 0x41]), 'photo.csv'))).problem).toBe('unreadable');
  });
});

describe('reading .xlsx', () => {
  it('reads text, numbers, rich text and links, and marks formula and merged cells', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['单位名称', '单位类型', '电话']);
      sheet.addRow(['丽水思博特精密制造有限公司', '企业', 13957012345]);
      sheet.addRow([{ richText: [{ text: '丽水' }, { text: '职业高级中学' }] }, '中职学校', { formula: 'C2+1', result: 13957012346 }]);
      sheet.addRow([{ text: '天津模具行业协会', hyperlink: 'http://example.org' }, null, '022-12345678']);
      sheet.mergeCells('B3:B4');
    });
    const sheet = await readImportFile(bytes, '成员单位.xlsx');
    expect(sheet).toMatchObject({ name: '成员单位', format: 'xlsx', encoding: null });
    expect(texts(sheet.rows)).toEqual([
      ['单位名称', '单位类型', '电话'],
      ['丽水思博特精密制造有限公司', '企业', '13957012345'],
      ['丽水职业高级中学', '中职学校', '13957012346'],
      ['天津模具行业协会', '中职学校', '022-12345678'],
    ]);
    expect(sheet.rows.map((row) => row.cells.map((cell) => (cell.formula ? 'f' : cell.merged ? 'm' : '-')).join(''))).toEqual(['---', '---', '-mf', '-m-']);
  });

  it('takes the first visible worksheet that has rows', async () => {
    const bytes = await xlsxBytes((first, workbook) => {
      first.state = 'hidden';
      first.addRow(['hidden']);
      workbook.addWorksheet('说明');
      workbook.addWorksheet('专家名单').addRow(['姓名']);
    });
    expect((await readImportFile(bytes, 'people.xlsx')).name).toBe('专家名单');
  });

  it('refuses a workbook without any rows as empty', async () => {
    const bytes = await xlsxBytes(() => undefined);
    expect((await failure(() => readImportFile(bytes, 'empty.xlsx'))).problem).toBe('empty');
  });

  it('refuses a file that is not a workbook although named .xlsx', async () => {
    expect((await failure(() => readImportFile(utf8('<html>not a workbook</html>'), 'units.xlsx'))).problem).toBe('unreadable');
    expect((await failure(() => readImportFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'broken.xlsx'))).problem).toBe('unreadable');
  });
});

describe('refusing files', () => {
  it('refuses other file types, the old .xls among them', async () => {
    for (const name of ['units.xls', 'units.txt', 'units.json', 'units', 'xlsx']) {
      expect((await failure(() => readImportFile(utf8('单位名称\n甲'), name))).problem).toBe('unsupported-type');
    }
  });

  it('refuses empty files and files with only blank lines', async () => {
    expect((await failure(() => readImportFile(new Uint8Array(0), 'units.csv'))).problem).toBe('empty');
    expect((await failure(() => readImportFile(new Uint8Array(0), 'units.xlsx'))).problem).toBe('empty');
    expect((await failure(() => readImportFile(utf8('\r\n , ,\r\n\r\n'), 'units.csv'))).problem).toBe('empty');
  });

  it('refuses files of 50 MB and more, from the size alone', async () => {
    const big = new Uint8Array(maxFileBytes);
    const error = await failure(() => readImportFile(big, 'units.csv'));
    expect(error).toMatchObject({ problem: 'too-big', amount: maxFileBytes, fileName: 'units.csv' });
    expect(() => checkImportFile('units.xlsx', 60 * 1024 * 1024)).toThrow(ImportFileError);
    expect(checkImportFile('units.xlsx', maxFileBytes - 1)).toBe('xlsx');
  });
});
