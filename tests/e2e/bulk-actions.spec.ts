import { expect, test } from './fixtures';
import { BulkActionsPage } from './pages/bulk-actions-page';
import { ImportPage } from './pages/import-page';
import { RegistryListPage } from './pages/registry-list-page';
import { createAlliance } from './pages/units-page';

const alliance = '丽水智能制造产教融合共同体';
const number = (index: number): string => String(index + 1).padStart(3, '0');
// 250 units the search finds (more than the list renders, more than the 200 after which progress shows), 5 it does not.
const found = Array.from({ length: 250 }, (_unit, index) => `浙江丽水𠮷祥精密模具制造股份有限公司智能装备事业部第${number(index)}分部`);
const others = ['天津市模具行业协会', '天津欧阳㐂精工机械有限公司', '上官智能装备（天津）有限公司', '天津职业技术师范大学', '天津市机电工艺技师学院'];

test('select every unit a search finds, add them to an alliance as 理事单位 in one step, and undo it', async ({ shell }) => {
  test.setTimeout(120_000);
  const page = shell.page;
  await createAlliance(page, alliance);
  const importer = new ImportPage(page);
  await importer.openFrom('成员单位', '导入成员单位');
  const csv = `\uFEFF单位名称,单位类型\n${[...found, ...others].map((name) => `${name},企业`).join('\n')}\n`;
  await importer.choose({ name: '成员单位.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await importer.toPreview();
  await importer.runImport(255);

  const list = new RegistryListPage(page);
  const bulk = new BulkActionsPage(page);
  await list.open('成员单位');
  await page.getByRole('searchbox', { name: '搜索' }).fill('丽水𠮷祥');
  await expect(list.count).toHaveText('250 / 255 条');
  // A click and a shift-click select the range between them; the header box then takes every row the search finds.
  await bulk.row(found[0] ?? '').click();
  await bulk.row(found[4] ?? '').click({ modifiers: ['Shift'] });
  await expect(bulk.selectionCount).toHaveText('已选 5 条');
  await bulk.selectAllShown(250);
  await expect(bulk.selectionCount).toHaveText('已选 250 条');
  // Only the rows on screen are rendered, yet all 250 are selected: the last is not in the page at all.
  await expect(bulk.row(found[0] ?? '')).toBeChecked();
  await expect(bulk.row(found[249] ?? '')).toHaveCount(0);
  await bulk.addToAlliance(alliance, '理事单位');
  await expect(bulk.notice).toHaveText('加入联盟：新增 250 条');

  // Another window on the same registry reads what was written: 250 memberships, each 理事单位, none for the others.
  const other = await page.context().newPage();
  await other.goto(page.url().split('#')[0] ?? page.url());
  const otherList = new RegistryListPage(other);
  await otherList.open('成员单位');
  await otherList.filter('联盟', alliance);
  await expect(otherList.count).toHaveText('250 / 255 条');
  await otherList.filter('联盟角色', '理事单位');
  await expect(otherList.count).toHaveText('250 / 255 条');
  await other.getByRole('searchbox', { name: '搜索' }).fill('天津');
  await expect(otherList.count).toHaveText('0 / 255 条');
  await other.getByRole('searchbox', { name: '搜索' }).fill('');
  await expect(otherList.count).toHaveText('250 / 255 条');

  // Undone in one step: after a reload, with the same filters (kept in the address), no unit is a member.
  await bulk.undo();
  await other.reload();
  await expect(otherList.heading).toHaveText('成员单位');
  await expect(otherList.count).toHaveText('0 / 255 条');
  await otherList.filter('联盟角色', '全部');
  await otherList.filter('联盟', '全部');
  await expect(otherList.count).toHaveText('共 255 条');
});
