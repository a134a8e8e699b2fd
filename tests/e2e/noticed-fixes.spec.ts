import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { EventsPage } from './pages/events-page';
import { FirstRunPage } from './pages/first-run-page';
import { ImportPage } from './pages/import-page';
import { ShellPage } from './pages/shell-page';
import { addParticipant, UnitsPage } from './pages/units-page';

const welcome = '欢迎使用产教联盟工作台';
const corpus = (file: string): string => fileURLToPath(new URL(`../../../shared/corpus/${file}`, import.meta.url));

test('the first-run card leaves as soon as imported units are in the registry', async ({ shell }) => {
  test.setTimeout(120_000);
  const firstRun = new FirstRunPage(shell.page);
  await expect(firstRun.offer(welcome)).toBeVisible();
  const importer = new ImportPage(shell.page);
  await importer.openFrom('成员单位', '导入成员单位');
  await importer.choose(corpus('units.csv'));
  // No alliance yet: the units alone are registered, so the membership columns are left out.
  for (const header of ['联盟角色', '加入日期', '状态']) await importer.mapColumn(header, '不导入');
  await importer.toPreview();
  await importer.runImport(300);
  await expect(firstRun.offer(welcome)).toBeHidden();
});

test('a date in the Chinese interface reads and is typed as 2026-06-13 on an English system', async ({ browser, browserMode }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const shell = new ShellPage(page);
  await shell.open(browserMode.openUrl);
  // The system is English, so the desk starts in English; the office switches it to Chinese.
  await shell.switchLanguage();
  await page.getByRole('navigation').getByRole('link', { name: '联盟' }).click();
  await page.getByRole('button', { name: '新建联盟' }).click();
  await page.getByRole('textbox', { name: '联盟名称' }).fill('丽水智能制造产教融合共同体');
  const founded = page.getByLabel('成立日期', { exact: true });
  await founded.pressSequentially('2026-06-13');
  await expect(founded).toHaveValue('2026-06-13');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(shell.heading).toHaveText('丽水智能制造产教融合共同体');
  await expect(page.getByRole('main').getByText(/^2026(-06-13|年6月13日)$/)).toBeVisible();
  await context.close();
});

test('at 1,400 px the participants card keeps its labels on one line and a long unit name on at most two', async ({ shell }) => {
  await shell.page.setViewportSize({ width: 1400, height: 900 });
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData(welcome, '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  // The longest official name of the corpus that offices write within 60 characters.
  const names = (await readFile(corpus('long-names.txt'), 'utf8')).split('\n').filter((line) => line.length > 0 && line.length <= 60);
  const name = names.reduce((longest, each) => (each.length > longest.length ? each : longest), '');
  expect(name.length).toBeGreaterThanOrEqual(45);
  await new UnitsPage(shell.page).create({ name, kind: '企业' });
  const events = new EventsPage(shell.page);
  await events.openList();
  await events.row('丽水智能制造产教融合共同体成立启动仪式').click();
  await addParticipant(shell.page, '单位', name);
  const card = shell.page.locator('.MuiCard-root').filter({ has: shell.page.getByRole('heading', { name: '出席人员与单位' }) });
  /** The lines the text of an element takes: the distinct tops of its characters' boxes (icons left out). */
  const lines = (locator: typeof card): Promise<number> =>
    locator.evaluate((element) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
      }
      return tops.size;
    });
  expect(await lines(card.getByRole('list', { name: '出席人员与单位' }).getByRole('link', { name }))).toBeLessThanOrEqual(2);
  for (const label of [card.getByRole('button', { name: '单位', exact: true }), card.getByRole('button', { name: '人员', exact: true }), card.getByRole('button', { name: '添加', exact: true })]) {
    expect(await lines(label)).toBe(1);
  }
});

test('the issue screen offers only the chosen alliance’s events', async ({ shell }) => {
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData(welcome, '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const documents = new DocumentsPage(shell.page);
  await documents.openIssue();
  await documents.pick('联盟', '先进制造职业教育集团');
  await shell.page.getByRole('combobox', { name: '活动' }).click();
  await expect(shell.page.getByRole('option', { name: '先进制造职业教育集团成立大会' })).toBeVisible();
  await expect(shell.page.getByRole('option', { name: '丽水智能制造产教融合共同体成立启动仪式' })).toHaveCount(0);
});

test('the English Sync page sets “computer’s” with a narrow apostrophe', async ({ shell }) => {
  await shell.switchLanguage();
  await shell.page.getByRole('navigation').getByRole('link', { name: 'Sync' }).click();
  const intro = shell.page.getByText(/This computer’s|this computer’s/).first();
  await expect(intro).toBeVisible();
  const ratio = await intro.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf('’');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement ?? element).fontSize);
    }
    return -1;
  });
  expect(ratio).toBeGreaterThan(0);
  // A full-width ’ (a CJK face's) is 1 em wide, which reads as "computer’ s".
  expect(ratio).toBeLessThan(0.5);
});

test('a sync address that is not an address says what is wrong with it, before any connection', async ({ shell }) => {
  await shell.page.getByRole('navigation').getByRole('link', { name: '同步' }).click();
  const address = shell.page.getByRole('textbox', { name: '服务器地址' });
  await address.fill('见备注');
  await shell.page.getByRole('textbox', { name: '登记码' }).fill('K7QM-4XPA-WN3R');
  await shell.page.getByRole('button', { name: '登记本机' }).click();
  await expect(shell.page.getByText(/^地址格式不对：其中没有服务器名或 IP 地址/)).toBeVisible();
  await address.fill('https://192.168.1.20：8787');
  await shell.page.getByRole('button', { name: '登记本机' }).click();
  await expect(shell.page.getByText(/^地址格式不对：地址里有全角符号/)).toBeVisible();
  await expect(shell.page.getByText('发生意外错误', { exact: false })).toHaveCount(0);
});
