import type { Browser, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserMode } from '../../electron/browser-mode/server';
import { startBrowserMode } from '../../electron/browser-mode/server';
import type { TestSyncServer } from '../support/sync-server';
import { startTestSyncServer } from '../support/sync-server';
import { expect, test as base } from './fixtures';
import { AlliancesPage } from './pages/alliances-page';
import { DocumentsPage } from './pages/documents-page';
import { FirstRunPage } from './pages/first-run-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const community = '丽水智能制造产教融合共同体';
const launch = '丽水智能制造产教融合共同体成立启动仪式';
const licence = '成员单位证书（A4 横向）';

interface Office {
  page: Page;
  sync: SyncPage;
  documents: DocumentsPage;
}

/** Two offices of one workspace, each its own browser mode and browser context (own IndexedDB, own device id), syncing through one real server. */
const test = base.extend<{ server: TestSyncServer; openOffice: () => Promise<Office> }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startTestSyncServer();
    await use(server);
    await server.close();
  },
  openOffice: async ({ browser }, use) => {
    const opened: { close: () => Promise<void> }[] = [];
    await use(async () => openOffice(browser, opened));
    for (const office of opened) await office.close();
  },
});

async function openOffice(browser: Browser, opened: { close: () => Promise<void> }[]): Promise<Office> {
  const mode: BrowserMode = await startBrowserMode({ rendererDir, dataDir: await mkdtemp(join(tmpdir(), 'desk-e2e-setup-')), productName: 'Alliance Desk', version: '0.0.0-e2e', port: 0 });
  const context = await browser.newContext({ locale: 'zh-CN' });
  opened.push({ close: async () => (await context.close(), await mode.close()) });
  const page = await context.newPage();
  await new ShellPage(page).open(mode.openUrl);
  return { page, sync: new SyncPage(page), documents: new DocumentsPage(page) };
}

async function enrolAndSync(office: Office, server: TestSyncServer, workspaceId: string): Promise<void> {
  await office.sync.open();
  await office.sync.enrol(server.url, await server.issueCode(workspaceId));
  await expect(office.page.getByText(/^本机已登记到/)).toBeVisible();
  await office.sync.syncNow();
}

async function chooseLaunchLicences(documents: DocumentsPage): Promise<void> {
  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(licence);
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 2 / 共 2）');
}

test('the first issue on a desk asks for its set-up, refuses an office code the workspace already uses, and numbers as the alliance form showed', async ({ server, openOffice }) => {
  // Two desks, two syncs, two issues and an export: more than one desk's minute.
  test.setTimeout(180_000);
  const workspace = await server.createWorkspace(community);

  // Office A issues the launch ceremony's licences under the code KQ and syncs them.
  const a = await openOffice();
  const firstRun = new FirstRunPage(a.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  await chooseLaunchLicences(a.documents);
  await a.documents.setUpOffice('KQ');
  const [issuedByA = ''] = await a.documents.issue();
  expect(issuedByA).toMatch(/^LSZZ-\d{4}-KQ-Z001$/);
  await enrolAndSync(a, server, workspace.id);

  // Office B, a fresh desk, has A's records and numbers after its first sync.
  const b = await openOffice();
  await enrolAndSync(b, server, workspace.id);
  await chooseLaunchLicences(b.documents);
  // Nothing is numbered before the set-up.
  await expect(b.page.getByText(/^本机尚未为该联盟签发过证书/)).toBeVisible();
  await expect(b.page.getByTestId('numbers-will-be')).toBeHidden();
  await b.documents.issueButton().click();
  const setup = b.documents.setupDialog();
  const code = setup.getByRole('textbox', { name: '本办公室代码' });
  const help = setup.getByTestId('office-code-help');
  await code.fill('kq');
  await expect(help).toHaveText(`代码 KQ 已被另一台电脑使用（如编号 ${issuedByA}）：两台电脑用同一代码会签出重复的编号，请另选一个。`);
  await expect(setup.getByRole('button', { name: '保存设置' })).toBeDisabled();
  await code.fill('ls');
  await expect(help).toHaveText(/^1–4 个英文字母。本机签发的第一份成员单位牌匾\/证书编号为 LSZZ-\d{4}-LS-Z001$/);
  await expect(setup.getByRole('textbox', { name: '落款单位' })).toHaveValue(community);
  await setup.getByRole('textbox', { name: '落款单位' }).fill(`${community}秘书处`);
  await setup.getByRole('button', { name: '保存设置' }).click();
  await expect(setup).toBeHidden();

  // The alliance form shows the numbers themselves, not the pattern.
  const alliances = new AlliancesPage(b.page);
  await alliances.openList();
  await alliances.open(community);
  await b.page.getByRole('link', { name: '编辑' }).click();
  const example = b.page.getByTestId('number-example');
  await expect(example).toHaveText(/^示例：LSZZ-\d{4}-LS-Z001（成员单位牌匾\/证书）；LSZZ-\d{4}-LS-P001（聘书）$/);
  const shown = /^示例：(\S+?)（/.exec((await example.textContent()) ?? '')?.[1] ?? '';
  await expect(b.page.getByTestId('number-example')).not.toContainText('{');

  // The licence issued next gets exactly the number shown (its recipients hold A's licences: issuing asks first).
  await chooseLaunchLicences(b.documents);
  await expect(b.page.getByTestId('numbers-will-be')).toHaveText(`编号将为 ${shown} 至 ${shown.replace(/001$/, '002')}`);
  await b.documents.issueButton().click();
  await b.page.getByRole('dialog').getByRole('button', { name: '仍然签发' }).click();
  await expect(b.page.getByTestId('issued-range')).toHaveText(`编号 ${shown} 至 ${shown.replace(/001$/, '002')}`);

  // The licence names the community as it names itself, and the issuer set up.
  const download = await b.documents.download('导出为一个 PDF');
  const path = join(await mkdtemp(join(tmpdir(), 'desk-setup-')), download.suggestedFilename());
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('贵单位为本共同体');
  expect(text).not.toContain('本联盟');
  expect(text).toContain(`${community}秘书处`);
  expect(text).toContain(shown);
});
