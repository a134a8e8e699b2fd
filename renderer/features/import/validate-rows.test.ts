import { describe, expect, it } from 'vitest';
import type { RecordOf } from '../../../shared/domain/tables';
import { guessMapping, locateHeader } from './guess-columns';
import { readImportFile } from './read-file';
import type { SheetRow } from './sheet';
import { creditCode, utf8, xlsxBytes } from './test-files';
import { emptyContext } from './import-context';
import { validateRows } from './validate-rows';

const sibote = creditCode('91331100MA28F0001');
const lishuiHigh = creditCode('12331100MB1A1234Q');
const wrongCheck = sibote.slice(0, 17) + (sibote.endsWith('1') ? '2' : '1');

const rowsOf = (rows: string[][], first = 2): SheetRow[] =>
  rows.map((cells, index) => ({ number: first + index, cells: cells.map((text) => ({ text, formula: false, merged: false })) }));

const unitHeaders = ['单位名称', '单位类型', '统一社会信用代码', '联系人', '电话', '电子邮箱'];
const validateUnits = (rows: string[][]) => validateRows('units', rowsOf(rows), guessMapping(unitHeaders, 'units'), emptyContext);

const existingUnit = (id: string, name: string, code = ''): RecordOf<'units'> => ({
  id,
  deleted: false,
  name,
  shortName: '',
  kind: 'enterprise',
  creditCode: code,
  region: '',
  address: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  website: '',
});

describe('validating unit rows', () => {
  it('turns a good row into the record it makes, with the fields the file gives', () => {
    const { good, bad } = validateUnits([['  丽水思博特精密制造有限公司 ', '企业', sibote.toLowerCase(), '黄毅', '0578-2123456', '']]);
    expect(bad).toEqual([]);
    expect(good).toEqual([
      {
        row: 2,
        label: '丽水思博特精密制造有限公司',
        input: expect.objectContaining({ name: '丽水思博特精密制造有限公司', kind: 'enterprise', creditCode: sibote, contactName: '黄毅', contactPhone: '0578-2123456', contactEmail: '' }) as unknown,
        given: ['name', 'kind', 'creditCode', 'contactName', 'contactPhone'],
        link: null,
        warnings: [],
      },
    ]);
  });

  it('records a unit without a kind as 其他, without counting the kind as given', () => {
    const { good } = validateUnits([['天津模具行业协会', '', '', '', '', '']]);
    expect(good[0]?.input.kind).toBe('other');
    expect(good[0]?.given).toEqual(['name']);
  });

  it('names each problem of a bad row by column and cell', () => {
    const { good, bad } = validateUnits([
      ['', '企业', '', '', '', ''],
      ['丽水职业高级中学', '外星机构', wrongCheck, '李立进', 'not a phone', 'li@'],
    ]);
    expect(good).toEqual([]);
    expect(bad).toEqual([
      { row: 2, label: '', problems: [{ problem: 'required', field: 'name', cell: 'A2' }] },
      {
        row: 3,
        label: '丽水职业高级中学',
        problems: [
          { problem: 'unknown-kind', field: 'kind', cell: 'B3', value: '外星机构' },
          { problem: 'credit-code-check', field: 'creditCode', cell: 'C3' },
        ],
      },
    ]);
  });

  it('keeps the row when a phone is text or an e-mail is not an address, with a warning on the cell', () => {
    const { good, bad } = validateUnits([
      ['丽水职业高级中学', '中职学校', '', '李立进', '见备注', '见备注'],
      ['丽水思博特精密制造有限公司', '企业', '', '黄毅', '0578-2123456 转 8', 'hy@sibote.cn'],
      ['浙江信胜缝制设备有限公司', '企业', '', '', '0578-2123456；13957012345', ''],
    ]);
    expect(bad).toEqual([]);
    expect(good.map((row) => [row.input.contactPhone, row.input.contactEmail, row.warnings])).toEqual([
      [
        '见备注',
        '',
        [
          { problem: 'phone-kept', field: 'contactPhone', cell: 'E2', value: '见备注' },
          { problem: 'email-left-out', field: 'contactEmail', cell: 'F2', value: '见备注' },
        ],
      ],
      ['0578-2123456 转 8', 'hy@sibote.cn', []],
      ['0578-2123456；13957012345', '', [{ problem: 'phone-kept', field: 'contactPhone', cell: 'E4', value: '0578-2123456；13957012345' }]],
    ]);
    expect(good[0]?.given).not.toContain('contactEmail');
  });

  it('reads back text an export neutralised as the text it was', () => {
    const { good } = validateUnits([["'=HYPERLINK(\"http://x\")", '企业', '', "'+86 138-1234-5678", "'+86 138-1234-5678", '']]);
    expect(good[0]?.input).toMatchObject({ name: '=HYPERLINK("http://x")', contactName: '+86 138-1234-5678', contactPhone: '+86 138-1234-5678' });
  });

  it('flags a row that repeats the credit code or the name of an earlier row, on the later row', () => {
    const { good, bad } = validateUnits([
      ['丽水思博特精密制造有限公司', '企业', sibote, '', '', ''],
      ['丽水职业高级中学', '中职学校', lishuiHigh, '', '', ''],
      ['思博特精密', '企业', sibote, '', '', ''],
      ['丽水职业高级中学', '中职学校', '', '', '', ''],
    ]);
    expect(good.map((row) => row.row)).toEqual([2, 3]);
    expect(bad).toEqual([
      { row: 4, label: '思博特精密', problems: [{ problem: 'duplicate-credit-code', field: 'creditCode', cell: 'C4', otherRow: 2 }] },
      { row: 5, label: '丽水职业高级中学', problems: [{ problem: 'duplicate-name', field: 'name', cell: 'A5', otherRow: 3 }] },
    ]);
  });

  it('takes a name with markup as written, as the forms do: one rule for both', () => {
    const { good, bad } = validateUnits([['<script>alert(1)</script>', '企业', '', '', '', ''], ['<b>丽水</b>职高', '', '', '', '', '']]);
    expect(bad).toEqual([]);
    expect(good.map((row) => row.input.name)).toEqual(['<script>alert(1)</script>', '<b>丽水</b>职高']);
  });

  it('keeps names with angle brackets that are not markup, and ignores rows with nothing in the imported columns', () => {
    const rows = rowsOf([['丽水 <职业> 高级中学 1<2', '', '', '', '', '', '备注：以下为企业']]);
    const { good, bad } = validateRows('units', rows, [...guessMapping(unitHeaders, 'units'), null], emptyContext);
    expect(bad).toEqual([]);
    expect(good[0]?.input.name).toBe('丽水 <职业> 高级中学 1<2');
    expect(validateRows('units', rowsOf([['', '', '', '', '', '', '以下为企业']]), [...guessMapping(unitHeaders, 'units'), null], emptyContext)).toEqual({ good: [], bad: [] });
  });

  it('reports formula and merged cells of a real workbook, in the imported columns only', async () => {
    const bytes = await xlsxBytes((sheet) => {
      sheet.addRow(['单位名称', '单位类型', '电话', '备注']);
      sheet.addRow(['丽水思博特精密制造有限公司', '企业', '0578-2123456', { formula: 'LEN(A2)', result: 13 }]);
      sheet.addRow(['丽水职业高级中学', '中职学校', { formula: '"0578-"&"2234567"', result: '0578-2234567' }, '']);
      sheet.addRow(['浙江信胜缝制设备有限公司', '企业', '0578-2345678', '']);
      sheet.addRow(['丽水学院', '', '0578-2456789', '']);
      sheet.mergeCells('B4:B5');
    });
    const located = locateHeader(await readImportFile(bytes, '成员单位.xlsx'), 'units', '成员单位.xlsx');
    expect(located.guess).toEqual(['name', 'kind', 'contactPhone', null]);
    const { good, bad } = validateRows('units', located.dataRows, located.guess, emptyContext);
    expect(good.map((row) => row.label)).toEqual(['丽水思博特精密制造有限公司']);
    expect(bad).toEqual([
      { row: 3, label: '丽水职业高级中学', problems: [{ problem: 'formula', field: 'contactPhone', cell: 'C3' }] },
      { row: 4, label: '浙江信胜缝制设备有限公司', problems: [{ problem: 'merged', field: 'kind', cell: 'B4' }] },
      { row: 5, label: '丽水学院', problems: [{ problem: 'merged', field: 'kind', cell: 'B5' }] },
    ]);
  });
});

describe('validating people rows', () => {
  const units = [existingUnit('0190a3b4-0000-7000-8000-000000000001', '丽水职业高级中学', lishuiHigh), existingUnit('0190a3b4-0000-7000-8000-000000000002', '丽水学院'), { ...existingUnit('0190a3b4-0000-7000-8000-000000000003', '已删除的单位'), deleted: true }];
  const mapping = guessMapping(['姓名', '工作单位', '职务', '职称'], 'people');

  it('finds the employer by exact name or by credit code', async () => {
    const sheet = await readImportFile(utf8(`姓名,工作单位,职务,职称\n李立进,丽水职业高级中学,党总支书记、校长,\n朱美芬,${lishuiHigh},校长助理,高级讲师\n楼海斌,,,\n`), 'people.csv');
    const { good, bad } = validateRows('people', locateHeader(sheet, 'people', 'people.csv').dataRows, mapping, { ...emptyContext, units });
    expect(bad).toEqual([]);
    expect(good.map((row) => [row.input.name, row.input.unitId ?? null, row.given])).toEqual([
      ['李立进', units[0]?.id, ['name', 'position', 'unitId']],
      ['朱美芬', units[0]?.id, ['name', 'position', 'title', 'unitId']],
      ['楼海斌', null, ['name']],
    ]);
  });

  it('reports an employer that is not in the registry, deleted ones included', () => {
    const { bad } = validateRows('people', rowsOf([['王刚', '丽水职业高级中学（本部）', '', ''], ['叶军', '已删除的单位', '', '']]), mapping, { ...emptyContext, units });
    expect(bad.map((row) => row.problems)).toEqual([
      [{ problem: 'unit-not-found', field: 'unit', cell: 'B2', value: '丽水职业高级中学（本部）' }],
      [{ problem: 'unit-not-found', field: 'unit', cell: 'B3', value: '已删除的单位' }],
    ]);
  });

  it('takes two people of one name at two employers as two people, and twice at one employer as a duplicate', () => {
    const { good, bad } = validateRows('people', rowsOf([['王刚', '丽水职业高级中学', '', ''], ['王刚', '丽水学院', '', ''], ['王刚', '丽水学院', '教授', '']]), mapping, { ...emptyContext, units });
    expect(good.map((row) => row.row)).toEqual([2, 3]);
    expect(bad).toEqual([{ row: 4, label: '王刚', problems: [{ problem: 'duplicate-person', field: 'name', cell: 'A4', otherRow: 3 }] }]);
  });
});
