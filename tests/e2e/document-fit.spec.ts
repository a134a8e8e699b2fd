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
