import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { FirstRunPage } from './pages/first-run-page';
import { UnitsPage } from './pages/units-page';

const launch = '丽水智能制造产教融合共同体成立启动仪式';
const licence = '成员单位证书（A4 横向）';
const school = '丽水市职业高级中学';
const sibot = '丽水思博特精密制造有限公司';
/** The corpus's longest unit name, 73 characters: two lines of the licence only once shrunk. */
const longName = '江苏太湖-FANUC智能制造技术（苏州）有限公司吴中区分公司数控系统应用技术培训中心暨苏州太湖智能制造职业教育集团第3实训基地（2025年度认定）';
/** 100 characters: no size the template allows holds it. */
const absurdName = `${'丽水市莲都区智能制造装备产业技术研究院'.repeat(5)}有限公司`.slice(0, 100);

async function rename(units: UnitsPage, from: string, to: string): Promise<void> {
  await units.openList();
  await units.row(from).click();
  await units.edit({ name: to });
  await expect(units.heading).toHaveText(to);
}

test('the preview shrinks a long name to fit, names the page and element of a name that cannot fit, and issuing waits until it is left out', async ({ shell }) => {
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const units = new UnitsPage(shell.page);
  await rename(units, school, longName);
  await rename(units, sibot, absurdName);

  const documents = new DocumentsPage(shell.page);
  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(licence);
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 2 / 共 2）');

  // The whole batch is laid out: page 2 cannot hold its name, and says so by page, recipient and element.
  await expect(documents.fitProblems()).toContainText(`第 2 页（${absurdName}）：“受证/受聘方名称”需`);
  await expect(documents.fitProblems()).toContainText('最多 2 行');
  await expect(documents.fitProblems()).not.toContainText('第 1 页');
  await expect(documents.issueButton()).toBeDisabled();

  // Page 1 shows the long name whole, shrunk below its design size of 22 pt, as it will print.
  const recipient = documents.previewFrame().locator('[data-el="recipient"]');
  await expect(recipient).toHaveText(`${longName}：`);
  await expect(recipient).toHaveAttribute('style', /font-size:\s*(1[5-9]|2[01])(\.\d+)?pt/);

  await documents.leaveOut(absurdName);
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 1 / 共 2）');
  await expect(documents.fitProblems()).toBeHidden();
  await expect(documents.fitChecking()).toBeHidden();
  await expect(documents.issueButton()).toBeEnabled();
  await documents.issue();

  // The PDF holds the long name whole on its one page.
  const download = await documents.download('导出为一个 PDF');
  const path = join(await mkdtemp(join(tmpdir(), 'desk-fit-')), download.suggestedFilename());
  await download.saveAs(path);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
  expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(longName);
});

test('a template sets the lines a text may take and the smallest size it may shrink to, and issuing follows them', async ({ shell }) => {
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const issueName = '广东省佛山市顺德区北滘镇美的集团智能制造与工业互联网产业学院有限公司（筹）';
  await rename(new UnitsPage(shell.page), school, issueName);

  const documents = new DocumentsPage(shell.page);
  await documents.open();
  await shell.page.getByRole('row').filter({ hasText: licence }).getByRole('button', { name: '复制修改' }).click();
  await expect(documents.heading).toHaveText(`${licence}（副本）`);
  await shell.page.getByRole('list', { name: '内容元素' }).getByText('{recipientName}：', { exact: true }).click();
  // The built-in licence gives the name two lines of 22 pt, 1.6 apart: 24.8 mm.
  await expect(shell.page.getByTestId('text-box-height')).toContainText('框高 24.8 mm');
  await shell.page.getByRole('spinbutton', { name: '最多行数' }).fill('1');
  await shell.page.getByRole('spinbutton', { name: '最小字号（磅）' }).fill('20');
  await expect(shell.page.getByTestId('text-box-height')).toContainText('框高 12.4 mm');
  await shell.page.getByRole('button', { name: '保存模板' }).click();
  await expect(shell.page.getByText('模板已保存')).toBeVisible();

  await shell.reload();
  await shell.page.getByRole('list', { name: '内容元素' }).getByText('{recipientName}：', { exact: true }).click();
  await expect(shell.page.getByRole('spinbutton', { name: '最多行数' })).toHaveValue('1');
  await expect(shell.page.getByRole('spinbutton', { name: '最小字号（磅）' })).toHaveValue('20');

  // One line of at least 20 pt cannot hold the 37 characters that the built-in licence prints on two.
  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(`${licence}（副本）`);
  await expect(documents.fitProblems()).toContainText(`第 1 页（${issueName}）：“受证/受聘方名称”需 2 行，最多 1 行`);
  await expect(documents.issueButton()).toBeDisabled();
  await documents.chooseTemplate(licence);
  await expect(documents.fitChecking()).toBeHidden();
  await expect(documents.fitProblems()).toBeHidden();
  await expect(documents.issueButton()).toBeEnabled();
});
