import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { locateHeader } from './guess-columns';
import { emptyContext } from './import-context';
import { importFields } from './import-fields';
import type { ImportKind } from './import-fields';
import { buildImportTemplate } from './import-template';
import { importMessages } from './messages';
import { readImportFile } from './read-file';
import { validateRows } from './validate-rows';

const kinds: ImportKind[] = ['units', 'people', 'participants'];

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('the downloadable import templates', () => {
  it('has a header row the import maps column by column, in both languages', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const kind of kinds) {
        const bytes = await buildImportTemplate(kind, importMessages[locale], locale);
        const located = locateHeader(await readImportFile(bytes, 'template.xlsx'), kind, 'template.xlsx');
        expect(located.guess, `${locale} ${kind}`).toEqual([...importFields[kind]]);
        expect(located.dataRows).toHaveLength(1);
      }
    }
  });

  it('offers drop-down lists of the kinds, roles and statuses, and an example row that imports as it stands', async () => {
    const bytes = await buildImportTemplate('units', importMessages['zh-CN'], 'zh-CN');
    const workbook = await workbookOf(bytes);
    const sheet = workbook.getWorksheet('成员单位');
    const choices = workbook.getWorksheet('可选值');
    expect(choices?.state).toBe('hidden');
    expect(sheet?.getCell('C2').value).toBe('高职院校');
    expect(sheet?.getCell('C500').dataValidation).toMatchObject({ type: 'list', formulae: ["'可选值'!$A$2:$A$10"] });
    expect(sheet?.getCell('K2').dataValidation).toMatchObject({ type: 'list', formulae: ["'可选值'!$B$2:$B$9"] });
    expect(choices?.getColumn(1).values.slice(1)).toEqual(['单位类型', '高职院校', '中职学校', '普通高校', '企业', '行业协会', '科研院所', '评价组织', '政府部门', '其他']);
    expect(choices?.getColumn(2).values.slice(1)).toEqual(['联盟角色', '顾问单位', '牵头单位', '理事长单位', '副理事长单位', '常务理事单位', '理事单位', '成员单位', '秘书处单位']);
    expect(choices?.getColumn(3).values.slice(1)).toEqual(['状态', '待批准', '正式成员', '已退出']);

    const located = locateHeader(await readImportFile(bytes, '成员单位导入模板.xlsx'), 'units', '成员单位导入模板.xlsx');
    const { good, bad } = validateRows('units', located.dataRows, located.guess, { ...emptyContext, allianceId: '0190a3b4-0000-7000-8000-00000000a111' });
    expect(bad).toEqual([]);
    expect(good[0]?.input).toMatchObject({ name: '丽水职业技术学院', kind: 'higher-vocational-college', contactPhone: '0578-2123456 转 8' });
    expect(good[0]?.link).toMatchObject({ values: { role: 'member-unit', joinedOn: '2023-05-09', status: 'active' } });
  });

  it('gives the people template a committee post list and a term the import reads', async () => {
    const bytes = await buildImportTemplate('people', importMessages['zh-CN'], 'zh-CN');
    const sheet = (await workbookOf(bytes)).getWorksheet('人员与专家');
    expect(sheet?.getRow(1).values).toEqual([undefined, '姓名', '工作单位', '职务', '职称', '电话', '电子邮箱', '专长 / 研究方向', '委员会职务', '聘期']);
    expect(sheet?.getCell('H2').value).toBe('委员');
    expect(sheet?.getCell('I2').value).toBe('2024年6月至2027年6月');
    expect(sheet?.getCell('H3').dataValidation).toMatchObject({ type: 'list', formulae: ["'可选值'!$A$2:$A$6"] });
  });
});
