import ExcelJS from 'exceljs';
import { truncate, writeFile } from 'node:fs/promises';
import { creditCodeCheckCharacter } from '../../shared/domain/credit-code';
import { expect, test } from './fixtures';
import type { ImportFile } from './pages/import-page';
import { ImportPage } from './pages/import-page';
import { PeoplePage } from './pages/people-page';
import { UnitsPage } from './pages/units-page';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const code = (first17: string): string => first17 + (creditCodeCheckCharacter(first17) ?? '');
const sibote = code('91331100MA28F0001');
const lishuiHigh = code('12331100MB1A1234Q');
const xinsheng = code('91331100MA28F0002');
const xinshengWrongCheck = xinsheng.slice(0, 17) + (xinsheng.endsWith('0') ? '1' : '0');

/** A member list as a secretariat keeps it in Excel: three good rows and five that cannot be imported. */
async function memberList(): Promise<ImportFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成员单位');
  sheet.addRow(['单位名称', '单位类型', '统一社会信用代码', '联系人', '联系电话']);
  sheet.addRow(['丽水职业高级中学', '中职学校', lishuiHigh, '李立进', '0578-2111111']);
  sheet.addRow(['丽水思博特精密制造有限公司', '企业', sibote, '黄毅', '13957012345']);
  sheet.addRow(['天津模具行业协会', '行业协会', '', '王振云', '022-23456789']);
  sheet.addRow(['<script>alert(1)</script>', '企业', '', '', '']);
  sheet.addRow(['丽水思博特精密制造有限公司', '企业', '', '', '']);
  sheet.addRow(['浙江信胜缝制设备有限公司', '企业', xinshengWrongCheck, '', '']);
  sheet.addRow(['丽水学院', '外星机构', '', '', '']);
  sheet.addRow(['清华大学天津高端装备研究院', '科研院所', '', '李振邦', { formula: '"022-"&"87654321"', result: '022-87654321' }]);
  return { name: '联盟成员单位名单.xlsx', mimeType: xlsxType, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

test('imports the good rows of a workbook, explains each bad row, and imports nothing new the second time', async ({ shell }) => {
  const page = shell.page;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const importer = new ImportPage(page);
  const file = await memberList();

  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose(file);
  await expect(page.getByText('工作表“成员单位”：表头在第 1 行，下面有 8 行数据')).toBeVisible();
  await expect(importer.column('统一社会信用代码')).toHaveText('统一社会信用代码');
  await expect(importer.column('联系电话')).toHaveText('联系电话');
  await importer.toPreview();

  await expect(importer.count('new')).toHaveText('3');
  await expect(importer.count('existing')).toHaveText('0');
  await expect(importer.count('bad')).toHaveText('5');
  await expect(importer.badRow(5)).toContainText('<script>alert(1)</script>');
  await expect(importer.badRow(5)).toContainText('单位名称（A5）：含有网页代码标记');
  await expect(importer.badRow(6)).toContainText('单位名称（A6）：与第 3 行的单位名称相同');
  await expect(importer.badRow(7)).toContainText('统一社会信用代码（C7）：统一社会信用代码校验位不正确，请核对');
  await expect(importer.badRow(8)).toContainText('单位类型（B8）：“外星机构”不是可选的单位类型');
  await expect(importer.badRow(9)).toContainText('联系电话（E9）是公式');

  await importer.runImport(3);
  await expect(importer.summary).toContainText('新增 3 家单位');
  await expect(importer.summary).toContainText('5 行有问题，未导入');
  expect(dialogs).toEqual([]);

  await page.getByRole('button', { name: '查看成员单位' }).click();
  const units = new UnitsPage(page);
  await expect(units.heading).toHaveText('成员单位');
  await expect(units.count).toHaveText('共 3 条');
  await expect(units.row('丽水思博特精密制造有限公司')).toContainText(sibote);
  await expect(units.row('天津模具行业协会')).toContainText('行业协会');

  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose(file);
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('0');
  await expect(importer.count('existing')).toHaveText('3');
  await expect(page.getByRole('radio', { name: '跳过，保持不变' })).toBeChecked();
  await expect(page.getByText('没有需要导入或更新的行。')).toBeVisible();
  await expect(importer.importButton()).toBeDisabled();

  await shell.reload();
  await units.openList();
  await expect(units.count).toHaveText('共 3 条');
});

/** 单位名称,单位类型 / 丽水职业高级中学,中职学校 / 天津模具行业协会,行业协会 — saved by Excel in China, so GBK. */
const gbkCsv = Buffer.from(
  ['b5a5cebbc3fbb3c6', '2c', 'b5a5cebbc0e0d0cd', '0d0a', 'c0f6cbaed6b0d2b5b8dfbcb6d6d0d1a7', '2c', 'd6d0d6b0d1a7d0a3', '0d0a', 'ccecbdf2c4a3bedfd0d0d2b5d0adbbe1', '2c', 'd0d0d2b5d0adbbe1', '0d0a'].join(''),
  'hex',
);

test('imports a GBK CSV with its Chinese names intact, and updates an existing unit when asked', async ({ shell }) => {
  expect(new TextDecoder('gbk').decode(gbkCsv)).toBe('单位名称,单位类型\r\n丽水职业高级中学,中职学校\r\n天津模具行业协会,行业协会\r\n');
  const page = shell.page;
  const importer = new ImportPage(page);
  const units = new UnitsPage(page);
  await units.create({ name: '天津模具行业协会', kind: '其他' });

  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose({ name: '成员单位.csv', mimeType: 'text/csv', buffer: gbkCsv });
  await expect(importer.column('单位名称')).toHaveText('单位名称');
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('1');
  await expect(importer.count('existing')).toHaveText('1');
  await page.getByRole('radio', { name: '用文件中的内容更新' }).check();
  await importer.runImport(2);
  await expect(importer.summary).toContainText('新增 1 家单位');
  await expect(importer.summary).toContainText('更新 1 条已有记录');

  await page.getByRole('button', { name: '查看成员单位' }).click();
  await expect(units.count).toHaveText('共 2 条');
  await expect(units.row('丽水职业高级中学')).toContainText('中职学校');
  await expect(units.row('天津模具行业协会')).toContainText('行业协会');
});

test('refuses files it cannot import with a clear message and changes nothing', async ({ shell }, testInfo) => {
  const page = shell.page;
  const importer = new ImportPage(page);
  await importer.openFrom('成员单位', '导入成员单位');

  await importer.choose({ name: '成员单位.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not a workbook') });
  await expect(importer.error).toHaveText('无法导入“成员单位.xls”：只支持 Excel 工作簿（.xlsx）和 CSV 文件（.csv）。旧版 .xls 文件请先在 Excel 中“另存为” .xlsx。 没有导入任何数据，数据库未作更改。');

  await importer.choose({ name: '空白.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(importer.error).toContainText('“空白.csv”是空文件');

  await importer.choose({ name: '无表头.csv', mimeType: 'text/csv', buffer: Buffer.from('丽水职业高级中学,中职学校\n天津模具行业协会,行业协会\n') });
  await expect(importer.error).toContainText('“无表头.csv”的第一行不是表头');

  // A 50 MB file, sparse on disk: refused from its size before it is read.
  const big = testInfo.outputPath('全部单位.csv');
  await writeFile(big, '单位名称\n');
  await truncate(big, 50_000_000);
  await importer.choose(big);
  await expect(importer.error).toContainText('“全部单位.csv”有 50.0 MB，超过了 50 MB 的上限');

  await importer.choose({ name: '改名的网页.xlsx', mimeType: xlsxType, buffer: Buffer.from('<html></html>') });
  await expect(importer.error).toContainText('无法读取“改名的网页.xlsx”');

  const units = new UnitsPage(page);
  await units.openList();
  await expect(units.count).toHaveText('共 0 条');
});

test('imports experts with their employers found by name, and names an employer it cannot find', async ({ shell }) => {
  const page = shell.page;
  const units = new UnitsPage(page);
  await units.create({ name: '丽水职业高级中学', kind: '中职学校' });

  const importer = new ImportPage(page);
  await importer.openFrom('人员与专家', '导入人员与专家');
  const csv = '\uFEFF姓名,工作单位,职务,职称\n李立进,丽水职业高级中学,党总支书记、校长,\n楼海斌,丽水职业高级中学,,正高级讲师\n叶军,丽水市技师学院,,\n';
  await importer.choose({ name: '专家指导委员会.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(importer.column('工作单位')).toHaveText('工作单位');
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('2');
  await expect(importer.count('bad')).toHaveText('1');
  await expect(importer.badRow(4)).toContainText('工作单位（B4）：找不到单位“丽水市技师学院”');

  await importer.runImport(2);
  await expect(importer.summary).toContainText('新增 2 位人员');
  await page.getByRole('button', { name: '查看人员与专家' }).click();
  const people = new PeoplePage(page);
  await expect(people.count).toHaveText('共 2 条');
  await expect(people.row('李立进')).toContainText('丽水职业高级中学');
  await expect(people.row('楼海斌')).toContainText('正高级讲师');
});
