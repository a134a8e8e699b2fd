import type { Browser, Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserMode } from '../../electron/browser-mode/server';
import { setDeviceRole } from '../../server/admin/commands';
import { startBrowserMode } from '../../electron/browser-mode/server';
import type { TestSyncServer } from '../support/sync-server';
import { startTestSyncServer } from '../support/sync-server';
import { expect, test as base } from './fixtures';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { UnitsPage } from './pages/units-page';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const unitName = '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地';
const readOnlyReason = '本机为只读：只能查看，不能修改。如需修改，请联系秘书处。';

interface Office {
  page: Page;
  sync: SyncPage;
  units: UnitsPage;
}

/** Two offices, each its own browser mode and browser context, syncing through one real server over TLS (as sync.spec.ts). */
const test = base.extend<{ server: TestSyncServer; openOffice: (name: string) => Promise<Office> }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startTestSyncServer({ tls: true });
    await use(server);
    await server.close();
  },
  openOffice: async ({ browser }, use) => {
    const opened: { mode: BrowserMode; close: () => Promise<void> }[] = [];
    await use(async (name) => openOffice(browser, opened, name));
    for (const office of opened) await office.close();
  },
});

async function openOffice(browser: Browser, opened: { mode: BrowserMode; close: () => Promise<void> }[], name: string): Promise<Office> {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-e2e-office-'));
  const mode = await startBrowserMode({ rendererDir, dataDir, productName: 'Alliance Desk', version: '0.0.0-e2e', port: 0 });
  const context = await browser.newContext({ locale: 'zh-CN' });
  opened.push({ mode, close: async () => (await context.close(), await mode.close()) });
  const page = await context.newPage();
  const shell = new ShellPage(page);
  await shell.open(mode.openUrl);
  // The office's name is what its device enrols with: the other offices see changes under it.
  await shell.goTo('设置');
  await new SettingsPage(page).saveOfficeName('办公室名称', name, '保存');
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
  return { page, sync: new SyncPage(page), units: new UnitsPage(page) };
}

test('two offices change one unit’s contact offline: both end with the later value, the other office is told and keeps its own, which reaches the first (issue 14)', async ({ server, openOffice }) => {
  const workspace = await server.createWorkspace('丽水市现代服务业职业教育集团');
  const secretariat = await openOffice('职教集团秘书处');
  const school = await openOffice('丽水职高办公室');
  await secretariat.units.create({ name: unitName, kind: '企业', region: '浙江省丽水市' });
  for (const office of [secretariat, school]) {
    await office.sync.open();
    await office.sync.enrol(server.url, await server.issueCode(workspace.id));
    await office.sync.syncNow();
  }

  // Offline, both change the contact: the secretariat first, the school office after it.
  for (const [office, contact] of [[secretariat, '欧阳明'], [school, '上官㐂']] as const) {
    await office.units.openList();
    await office.units.row(unitName).click();
    await office.units.edit({ contactName: contact });
  }
  await school.sync.open();
  await school.sync.syncNow();
  await secretariat.sync.open();
  await secretariat.sync.syncNow();

  // Last writer wins on both; the secretariat, whose change was replaced, is told by whom, on the Sync page and on the unit.
  const notice = secretariat.page.getByTestId('replacements');
  await expect(notice).toContainText('你的修改已被 丽水职高办公室 的修改替换');
  await expect(notice).toContainText(`${unitName}：本机：欧阳明 → 现在：上官㐂`);
  await secretariat.units.openList();
  await secretariat.units.row(unitName).click();
  await expect(secretariat.units.shown('contactName')).toHaveText('上官㐂');
  await expect(secretariat.page.getByTestId('replacements')).toContainText('联系人：本机：欧阳明 → 现在：上官㐂');
  // The history list marks the entry too.
  await expect(secretariat.page.getByRole('list', { name: '修改记录' }).getByRole('listitem').filter({ hasText: '联系人: 欧阳明 → 上官㐂' })).toContainText('本机的修改已被 丽水职高办公室 替换');
  await school.sync.syncNow();
  await school.units.openList();
  await school.units.row(unitName).click();
  await expect(school.units.shown('contactName')).toHaveText('上官㐂');
  await expect(school.page.getByTestId('replacements')).toBeHidden();

  // 保留我的 writes the secretariat's value again as a change that syncs: the school office then holds it.
  await secretariat.page.getByTestId('replacements').getByRole('button', { name: '保留我的' }).click();
  await expect(secretariat.units.shown('contactName')).toHaveText('欧阳明');
  await expect(secretariat.page.getByTestId('replacements')).toBeHidden();
  await secretariat.sync.open();
  await secretariat.sync.syncNow();
  await school.sync.open();
  await school.sync.syncNow();
  await school.units.openList();
  await school.units.row(unitName).click();
  await expect(school.units.shown('contactName')).toHaveText('欧阳明');

  // Made read-only by the admin, the school office learns it with its next sync: its unit's buttons are off, with the reason.
  const device = (await server.storage.listDevices(workspace.id)).find((candidate) => candidate.name === '丽水职高办公室');
  await setDeviceRole(server.storage, device?.id ?? '', { role: 'read-only' });
  await school.sync.open();
  await school.sync.syncNow();
  await school.units.openList();
  await school.units.row(unitName).click();
  await expect(school.page.getByRole('button', { name: '编辑' })).toBeDisabled();
  await expect(school.page.getByRole('button', { name: '删除' })).toBeDisabled();
  await expect(school.page.getByText(readOnlyReason)).toBeVisible();

  // And everywhere else it could start a change: the events list's 登记活动 and a new event's 保存.
  await school.page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
  await expect(school.page.getByRole('button', { name: '登记活动' })).toBeDisabled();
  await expect(school.page.getByTestId('refusal')).toHaveText(readOnlyReason);
  await school.page.evaluate(() => (window.location.hash = '#/events/new'));
  await expect(school.page.getByRole('heading', { level: 1 })).toHaveText('登记活动');
  await expect(school.page.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
  await expect(school.page.getByTestId('refusal')).toHaveText(readOnlyReason);
});
