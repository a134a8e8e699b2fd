import ExcelJS from 'exceljs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { creditCodeCheckCharacter } from '../../shared/domain/credit-code';
import { expect, test } from './fixtures';
import type { ImportFile } from './pages/import-page';
import { ImportPage } from './pages/import-page';
import { PeoplePage } from './pages/people-page';
import { RegistryListPage } from './pages/registry-list-page';
import { ShellPage } from './pages/shell-page';
import { createAlliance, createEvent, UnitsPage } from './pages/units-page';

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

  await expect(importer.count('new')).toHaveText('4');
  await expect(importer.count('same')).toHaveText('0');
  await expect(importer.count('bad')).toHaveText('4');
  await expect(importer.badRow(6)).toContainText('单位名称（A6）：与第 3 行的单位名称相同');
  await expect(importer.badRow(7)).toContainText('统一社会信用代码（C7）：统一社会信用代码校验位不正确，请核对');
  await expect(importer.badRow(8)).toContainText('单位类型（B8）：“外星机构”不是可选的单位类型');
  await expect(importer.badRow(9)).toContainText('联系电话（E9）是公式');

  await importer.runImport(4);
  await expect(importer.summary).toContainText('新增 4 家单位');
  await expect(importer.summary).toContainText('4 行有问题，未导入');
  expect(dialogs).toEqual([]);

  await page.getByRole('button', { name: '查看成员单位' }).click();
  const units = new UnitsPage(page);
  await expect(units.heading).toHaveText('成员单位');
  await expect(units.count).toHaveText('共 4 条');
  await expect(units.row('丽水思博特精密制造有限公司')).toContainText(sibote);
  await expect(units.row('天津模具行业协会')).toContainText('行业协会');
  // A name with markup is taken as written, as the unit form takes it, and shown as text.
  await expect(units.row('<script>alert(1)</script>')).toBeVisible();

  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose(file);
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('0');
  await expect(importer.count('same')).toHaveText('4');
  await expect(importer.count('changed')).toHaveText('0');
  await expect(page.getByRole('radio', { name: '跳过，保持不变' })).toBeChecked();
  await expect(page.getByText('没有需要导入或更新的行。')).toBeVisible();
  await expect(importer.importButton()).toBeDisabled();

  await shell.reload();
  await units.openList();
  await expect(units.count).toHaveText('共 4 条');
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
  // The file gives the association another kind: a row that differs, not one that is the same.
  await expect(importer.count('same')).toHaveText('0');
  await expect(importer.count('changed')).toHaveText('1');
  await expect(page.getByText('与已有记录不同（将跳过）')).toBeVisible();
  await expect(page.getByRole('table', { name: '与已有记录不同的行' }).getByRole('row', { name: /天津模具行业协会/ })).toContainText('单位类型');
  await page.getByRole('radio', { name: '用文件中的内容更新' }).check();
  await expect(page.getByText('将更新', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: '将更新的行' }).getByRole('row', { name: /天津模具行业协会/ })).toContainText('单位类型');
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

/** The shared corpus sits beside the checkout (../shared), in CI as here. */
const corpusPath = (name: string): string => fileURLToPath(new URL(`../../../shared/corpus/${name}`, import.meta.url));
const csvRows = async (name: string): Promise<Record<string, string>[]> =>
  Papa.parse<Record<string, string>>((await readFile(corpusPath(name), 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const alliance = '丽水智能制造产教融合共同体';

/** The roles of units.csv as the app names them, counted here from the file, apart from the app's own lookup. */
const roleLabels: Record<string, string> = {
  顾问单位: '顾问单位',
  牵头单位: '牵头单位',
  理事长单位: '理事长单位',
  副理事长单位: '副理事长单位',
  常务理事单位: '常务理事单位',
  理事单位: '理事单位',
  成员单位: '成员单位',
  会员单位: '成员单位',
  秘书处单位: '秘书处单位',
};
const tally = (values: string[]): Map<string, number> => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>());

/** Filters the units list by the alliance and each role, and expects each role's count of the file. */
async function expectRoleCounts(list: RegistryListPage, counts: Map<string, number>, total: number): Promise<void> {
  await list.open('成员单位');
  await list.filter('联盟', alliance);
  await expect(list.count).toHaveText(`共 ${total} 条`);
  for (const [role, count] of counts) {
    await list.filter('联盟角色', role);
    await expect(list.count, role).toHaveText(`${count} / ${total} 条`);
  }
}

async function importUnitsCsv(importer: ImportPage): Promise<void> {
  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose(corpusPath('units.csv'));
  await expect(importer.column('联盟角色')).toHaveText('联盟角色');
  await expect(importer.column('加入日期')).toHaveText('加入日期');
  await expect(importer.column('状态')).toHaveText('状态');
  await expect(importer.page.getByRole('button', { name: '下一步：预览' })).toBeDisabled();
  await importer.chooseAlliance(alliance);
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('300');
  await expect(importer.count('links')).toHaveText('300');
  await expect(importer.count('bad')).toHaveText('0');
  await importer.runImport(300);
  await expect(importer.summary).toContainText('新增 300 家单位');
  await expect(importer.summary).toContainText('300 家单位加入联盟或更新了成员资格');
}

async function importPeopleCsv(importer: ImportPage): Promise<void> {
  await importer.openFrom('人员与专家', '导入人员与专家');
  await importer.choose(corpusPath('people.csv'));
  await expect(importer.column('委员会职务')).toHaveText('委员会职务');
  await expect(importer.column('聘期')).toHaveText('聘期');
  await importer.chooseAlliance(alliance);
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('200');
  await expect(importer.count('bad')).toHaveText('0');
  await importer.runImport(200);
}

test('imports units.csv into an alliance: 300 memberships with the roles of the file, phones kept as written', async ({ shell }) => {
  test.setTimeout(180_000);
  const page = shell.page;
  const rows = await csvRows('units.csv');
  await createAlliance(page, alliance);
  const importer = new ImportPage(page);
  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose(corpusPath('units.csv'));
  await importer.chooseAlliance(alliance);
  await importer.toPreview();
  // 见备注 in a phone column keeps its unit, with a word about the cell.
  const noted = rows.findIndex((row) => row['联系电话'] === '见备注');
  await expect(importer.warnedRow(noted + 2)).toContainText('联系电话（J');
  await expect(importer.warnedRow(noted + 2)).toContainText('“见备注”不是一个电话号码，按原文保留');
  const roles = tally(rows.map((row) => roleLabels[row['联盟角色'] ?? ''] ?? `not a role: ${row['联盟角色']}`));
  await expect(page.getByTestId('role-counts')).toContainText(`成员单位 ${roles.get('成员单位')}`);
  await importer.runImport(300);

  const list = new RegistryListPage(page);
  await expectRoleCounts(list, roles, 300);
  await list.filter('联盟角色', '全部');
  await list.filter('成员状态', '已退出');
  await expect(list.count).toHaveText(`${rows.filter((row) => row['状态'] === '退出').length} / 300 条`);

  const units = new UnitsPage(page);
  await list.filter('成员状态', '全部');
  const row = rows.find((each) => each['联系电话'] === '见备注');
  await page.getByRole('searchbox', { name: '搜索' }).fill(row?.['单位名称'] ?? '');
  await units.row(row?.['单位名称'] ?? '').click();
  await expect(page.getByText('见备注')).toBeVisible();
});

test('imports the WPS workbook with its own headers and real date cells into an alliance', async ({ shell }) => {
  test.setTimeout(180_000);
  const page = shell.page;
  await createAlliance(page, alliance);
  const importer = new ImportPage(page);
  await importer.openFrom('成员单位', '导入成员单位');
  // The workbook is read off the screen's thread.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await importer.choose(corpusPath('units-wps.xlsx'));
  await expect(page.getByText('工作表“会员单位名录”')).toBeVisible();
  expect(workers.filter((url) => url.includes('read-xlsx'))).toHaveLength(1);
  for (const [header, field] of [['单位全称', '单位名称'], ['社会信用代码', '统一社会信用代码'], ['单位性质', '单位类型'], ['会员类别', '联盟角色'], ['入会时间', '加入日期'], ['会籍状态', '状态'], ['联系手机', '联系电话']] as const)
    await expect(importer.column(header)).toHaveText(field);
  await importer.chooseAlliance(alliance);
  await importer.toPreview();
  await expect(importer.count('bad')).toHaveText('0');
  await importer.runImport(300);
  await expectRoleCounts(new RegistryListPage(page), tally((await csvRows('units.csv')).map((row) => roleLabels[row['联盟角色'] ?? ''] ?? '')), 300);
});

test('imports people.csv into the same alliance with its expert committee, and a sign-in list into an event', async ({ shell }) => {
  test.setTimeout(180_000);
  const page = shell.page;
  await createAlliance(page, alliance);
  const importer = new ImportPage(page);
  await importUnitsCsv(importer);
  await importPeopleCsv(importer);
  const people = await csvRows('people.csv');
  const posted = people.filter((row) => row['委员会职务']);
  await expect(importer.summary).toContainText(`${posted.length} 位专家聘任或更新了专家指导委员会职务`);

  const list = new RegistryListPage(page);
  await list.open('人员与专家');
  await list.filter('联盟', alliance);
  await list.filter('机构', '专家指导委员会');
  await expect(list.count).toHaveText(`${posted.length} / 200 条`);
  const posts = tally(posted.map((row) => (row['委员会职务'] ?? '').replace('专家指导委员会', '')));
  for (const [post, count] of posts) {
    await list.filter('聘任职务', post);
    await expect(list.count, post).toHaveText(`${count} / 200 条`);
  }

  // A sign-in list of the council meeting: names matched to the people just imported.
  const [first, second] = posted;
  await createEvent(page, { alliance, title: '第一届理事会第二次会议', startsOn: '2026-06-13', host: first?.['工作单位'] ?? '' });
  const signIn = `\uFEFF序号,姓名,身份\n1,${first?.['姓名']},专家\n2,${second?.['姓名']},\n3,欧阳未登记,\n`;
  await importer.openFrom('人员与专家', '导入人员与专家');
  await importer.switchTo('活动签到表', '导入活动签到表');
  await importer.choose({ name: '签到表.csv', mimeType: 'text/csv', buffer: Buffer.from(signIn) });
  await importer.chooseEvent('第一届理事会第二次会议');
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('2');
  await expect(importer.badRow(4)).toContainText('姓名（B4）：找不到人员“欧阳未登记”');
  await importer.runImport(2);
  await expect(importer.summary).toContainText('新增 2 位参会人员');
  await page.getByRole('button', { name: '查看活动' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第一届理事会第二次会议');
  await expect(page.getByText(first?.['姓名'] ?? '')).toBeVisible();
  await expect(page.getByText(second?.['姓名'] ?? '')).toBeVisible();
});

test('offers a template with the header row, an example row and drop-down lists', async ({ shell }, testInfo) => {
  await createAlliance(shell.page, alliance);
  const importer = new ImportPage(shell.page);
  await importer.openFrom('成员单位', '导入成员单位');
  const download = await importer.downloadTemplate();
  expect(download.suggestedFilename()).toBe('成员单位导入模板.xlsx');
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('成员单位');
  expect(sheet?.getRow(1).values).toEqual([undefined, '单位名称', '简称', '单位类型', '统一社会信用代码', '地区', '地址', '联系人', '联系电话', '电子邮箱', '网址', '联盟角色', '加入日期', '状态', '单位代表']);
  expect(sheet?.getCell('K2').value).toBe('成员单位');
  expect(sheet?.getCell('K300').dataValidation).toMatchObject({ type: 'list' });

  // The template as downloaded imports as it stands.
  await importer.choose(path);
  await importer.chooseAlliance(alliance);
  await importer.toPreview();
  await expect(importer.count('new')).toHaveText('1');
  await expect(importer.count('bad')).toHaveText('0');
});

/** The cells of an export's sheet, header first, the rows in a fixed order. */
async function exportedCells(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : value === null || value === undefined ? '' : JSON.stringify(value));
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(text)));
  const [header, ...data] = rows;
  return [header ?? [], ...data.sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1))];
}

test('exports every list, imports the exports into a fresh database, and exports the same records again', async ({ shell, browser, browserMode }, testInfo) => {
  test.setTimeout(240_000);
  await createAlliance(shell.page, alliance);
  await importUnitsCsv(new ImportPage(shell.page));
  await importPeopleCsv(new ImportPage(shell.page));
  // Two units get a representative, through a short list imported over the members: the preview
  // shows those two rows as 将更新, with 单位代表 as what changes, and the other fields the same.
  const units = (await csvRows('units.csv')).map((row) => row['单位名称'] ?? '');
  const represented = (await csvRows('people.csv')).filter((row) => units.includes(row['工作单位'] ?? '')).slice(0, 2);
  const representatives = `单位名称,单位代表\n${represented.map((row) => `${row['工作单位']},${row['姓名']}`).join('\n')}\n`;
  const importer = new ImportPage(shell.page);
  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose({ name: '单位代表.csv', mimeType: 'text/csv', buffer: Buffer.from(representatives) });
  await importer.chooseAlliance(alliance);
  await importer.toPreview();
  await shell.page.getByRole('radio', { name: '用文件中的内容更新' }).check();
  await expect(importer.count('changed')).toHaveText('2');
  await expect(shell.page.getByRole('table', { name: '将更新的行' }).getByRole('row', { name: new RegExp(represented[0]?.['工作单位'] ?? '') })).toContainText('单位代表');
  await importer.runImport(2);

  // Unfiltered: the people list's alliance filter shows only the people appointed in it. With one
  // alliance in the registry, the export has its membership and committee columns all the same.
  const exportList = async (page: ShellPage['page'], section: string, name: string): Promise<string> => {
    const list = new RegistryListPage(page);
    await list.open(section);
    await expect(list.count).toHaveText(section === '成员单位' ? '共 300 条' : '共 200 条');
    const download = await list.export();
    const path = testInfo.outputPath(name);
    await download.saveAs(path);
    return path;
  };
  const first = { units: await exportList(shell.page, '成员单位', 'units-1.xlsx'), people: await exportList(shell.page, '人员与专家', 'people-1.xlsx') };
  const exported = await exportedCells(first.units);
  // Every field: address, contact and phone are there, and the membership in the alliance with its representative.
  expect(exported[0]).toEqual(['单位名称', '简称', '单位类型', '统一社会信用代码', '地区', '地址', '联系人', '联系电话', '电子邮箱', '网址', '联盟角色', '加入日期', '状态', '单位代表']);
  expect(exported).toHaveLength(301);
  expect(exported.slice(1).filter((row) => row[13]).map((row) => row[13]).sort()).toEqual(represented.map((row) => row['姓名']).sort());
  expect((await exportedCells(first.people))[0]).toEqual(['姓名', '工作单位', '职务', '职称', '电话', '电子邮箱', '专长', '委员会职务', '聘期']);

  // A fresh browser context: its own, empty IndexedDB.
  const context = await browser.newContext();
  const fresh = new ShellPage(await context.newPage());
  await fresh.open(browserMode.openUrl);
  await createAlliance(fresh.page, alliance);
  const again = new ImportPage(fresh.page);
  // Units, then people (their employers are found), then the units again: the representatives are found among the people.
  for (const [section, title, path, count] of [['成员单位', '导入成员单位', first.units, 300], ['人员与专家', '导入人员与专家', first.people, 200], ['成员单位', '导入成员单位', first.units, 2]] as const) {
    await again.openFrom(section, title);
    await again.choose(path);
    await again.chooseAlliance(alliance);
    await again.toPreview();
    await expect(again.count('bad')).toHaveText('0');
    if (count === 2) await fresh.page.getByRole('radio', { name: '用文件中的内容更新' }).check();
    await again.runImport(count);
  }
  const second = { units: await exportList(fresh.page, '成员单位', 'units-2.xlsx'), people: await exportList(fresh.page, '人员与专家', 'people-2.xlsx') };
  expect(await exportedCells(second.units)).toEqual(exported);
  expect(await exportedCells(second.people)).toEqual(await exportedCells(first.people));
  await context.close();
});
