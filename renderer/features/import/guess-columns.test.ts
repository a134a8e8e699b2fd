import { describe, expect, it } from 'vitest';
import { guessMapping, locateHeader } from './guess-columns';
import { ImportFileError } from './import-errors';
import type { Sheet } from './sheet';
import { unitKindOf } from './unit-kind';

const sheetOf = (rows: string[][]): Sheet => ({
  name: 'Sheet1',
  format: 'csv',
  encoding: 'utf-8',
  rows: rows.map((cells, index) => ({ number: index + 1, cells: cells.map((text) => ({ text, formula: false, merged: false })) })),
});

describe('guessing the columns', () => {
  it('knows the Chinese headers of a member-unit list', () => {
    expect(guessMapping(['序号', '单位名称', '统一社会信用代码', '单位类型', '所在地区', '通讯地址', '联系人', '联系电话', '电子邮箱', '网址', '备注'], 'units')).toEqual([
      null,
      'name',
      'creditCode',
      'kind',
      'region',
      'address',
      'contactName',
      'contactPhone',
      'contactEmail',
      'website',
      null,
    ]);
  });

  it('knows English headers, in any case and spacing', () => {
    expect(guessMapping(['Name', 'Short name', 'TYPE', 'Credit Code', 'Contact Person', 'Tel', 'E-mail', 'Website'], 'units')).toEqual([
      'name',
      'shortName',
      'kind',
      'creditCode',
      'contactName',
      'contactPhone',
      'contactEmail',
      'website',
    ]);
  });

  it('reads past required-field stars, full-width brackets with remarks, colons and spaces', () => {
    expect(guessMapping(['＊单位名称（全称）', '统一社会 信用代码：', '电话(手机)', '单位联系人电话'], 'units')).toEqual(['name', 'creditCode', 'contactPhone', null]);
    expect(guessMapping(['成员单位名称（盖章）', '单位联系人电话'], 'units')).toEqual(['name', 'contactPhone']);
  });

  it('gives each field to one column only, the first that names it', () => {
    expect(guessMapping(['单位名称', '名称', '电话', '手机'], 'units')).toEqual(['name', null, 'contactPhone', null]);
  });

  it('knows the headers of an expert list', () => {
    expect(guessMapping(['姓名', '工作单位', '职务', '职称', '手机', '邮箱', '研究方向'], 'people')).toEqual(['name', 'unit', 'position', 'title', 'phone', 'email', 'expertise']);
    expect(guessMapping(['Name', 'Organization', 'Position', 'Professional title', 'Mobile', 'Email', 'Expertise'], 'people')).toEqual([
      'name',
      'unit',
      'position',
      'title',
      'phone',
      'email',
      'expertise',
    ]);
  });

  it('names the kinds of unit as people write them', () => {
    expect(['高职院校', '中职学校', '企业', '行业协会', '科研院所', '评价组织', '普通高校', '政府部门', '其他'].map(unitKindOf)).toEqual([
      'higher-vocational-college',
      'secondary-vocational-school',
      'enterprise',
      'industry-association',
      'research-institute',
      'evaluation-organization',
      'university',
      'government-department',
      'other',
    ]);
    expect(['高职', '中等职业学校', '公司', '协会', 'Enterprise', 'industry-association', ' 企 业 '].map(unitKindOf)).toEqual([
      'higher-vocational-college',
      'secondary-vocational-school',
      'enterprise',
      'industry-association',
      'enterprise',
      'industry-association',
      'enterprise',
    ]);
    expect(unitKindOf('外星机构')).toBeUndefined();
  });
});

describe('finding the header row', () => {
  it('takes the first row when it is the header', () => {
    const located = locateHeader(sheetOf([['单位名称', '类型'], ['丽水职业高级中学', '中职学校']]), 'units', 'a.csv');
    expect(located).toMatchObject({ headerRow: 1, headers: ['单位名称', '类型'], guess: ['name', 'kind'] });
    expect(located.dataRows.map((row) => row.number)).toEqual([2]);
  });

  it('skips a title line above the header', () => {
    const located = locateHeader(sheetOf([['丽水智能制造产教融合共同体成员单位名单'], ['单位名称', '类型', ''], ['丽水职业高级中学', '中职学校', '牵头']]), 'units', 'a.csv');
    expect(located).toMatchObject({ headerRow: 2, headers: ['单位名称', '类型', ''], guess: ['name', 'kind', null] });
  });

  it('refuses a sheet that starts with data instead of a header', () => {
    const sheet = sheetOf([['丽水职业高级中学', '中职学校', '12331100MB1A12345X'], ['丽水思博特精密制造有限公司', '企业', '']]);
    expect(() => locateHeader(sheet, 'units', 'a.csv')).toThrow(expect.objectContaining({ problem: 'no-header' }) as ImportFileError);
  });

  it('refuses a sheet that has a header and nothing under it', () => {
    expect(() => locateHeader(sheetOf([['姓名', '工作单位']]), 'people', 'a.csv')).toThrow(expect.objectContaining({ problem: 'no-rows' }) as ImportFileError);
  });
});
