import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { FindPage } from './pages/find-page';
import { FirstRunPage } from './pages/first-run-page';
import { UnitsPage } from './pages/units-page';

const launch = '丽水智能制造产教融合共同体成立启动仪式';
const licence = '成员单位证书（A4 横向）';

/** A long official name from the corpus; its pinyin initials start with sxql (陕西秦岭). */
async function corpusUnit(): Promise<string> {
  const names = (await readFile(new URL('../../../shared/corpus/long-names.txt', import.meta.url), 'utf8')).split('\n');
  const name = names.find((line) => line.startsWith('陕西秦岭'));
  if (!name) throw new Error('the corpus lost its 陕西秦岭 unit');
  return name;
}

test('Ctrl+K finds a unit by its pinyin initials and an issued document by its number, and Enter opens each', async ({ shell }) => {
  test.setTimeout(120_000);
  const page = shell.page;
  const name = await corpusUnit();
  const firstRun = new FirstRunPage(page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  await new UnitsPage(page).create({ name, kind: '企业' });

  // Typing into the shell's box opens the dialog with what is typed.
  const find = new FindPage(page);
  await page.getByRole('textbox', { name: '查找', exact: true }).pressSequentially('sx');
  await expect(find.field).toBeFocused();
  await page.keyboard.type('ql');
  await expect(find.field).toHaveValue('sxql');
  await expect(find.group('单位').getByRole('option').first()).toContainText(name);
  await expect(find.highlighted()).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(find.dialog).toBeHidden();
  await expect(shell.heading).toHaveText(name);

  const documents = new DocumentsPage(page);
  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(licence);
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 2 / 共 2）');
  const [, second = ''] = await documents.issue();
  expect(second).toMatch(/^LSZZ-\d{4}-[A-Z]{2,3}-Z002$/);

  // Ctrl+K opens the same dialog; ↓ and ↑ move the highlight, Enter opens the highlighted result.
  await find.openWithShortcut();
  await find.field.fill(second.toLowerCase());
  await expect(find.group('证书与聘书').getByRole('option')).toHaveCount(1);
  await expect(find.highlighted()).toContainText(second);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(shell.heading).toHaveText(second);
});
