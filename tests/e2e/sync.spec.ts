import type { Browser, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserMode } from '../../electron/browser-mode/server';
import { startBrowserMode } from '../../electron/browser-mode/server';
import { formatHlc } from '../../shared/sync/hlc';
import type { TestSyncServer } from '../support/sync-server';
import { startTestSyncServer } from '../support/sync-server';
import { expect, test as base } from './fixtures';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { UnitsPage } from './pages/units-page';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

interface Office {
  page: Page;
  sync: SyncPage;
  units: UnitsPage;
}

/**
 * Two offices: each its own browser mode (its own data folder, where the main process keeps the
 * token) and its own browser context (its own IndexedDB), both syncing through one real server.
 */
const test = base.extend<{ server: TestSyncServer; openOffice: () => Promise<Office> }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    // Over TLS with a self-signed certificate, as `npm run server` starts: the code pins it.
    const server = await startTestSyncServer({ tls: true });
    await use(server);
    await server.close();
  },
  openOffice: async ({ browser }, use) => {
    const opened: { mode: BrowserMode; close: () => Promise<void> }[] = [];
    await use(async () => openOffice(browser, opened));
    for (const office of opened) await office.close();
  },
});

async function openOffice(browser: Browser, opened: { mode: BrowserMode; close: () => Promise<void> }[]): Promise<Office> {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-e2e-office-'));
  const mode = await startBrowserMode({ rendererDir, dataDir, productName: 'Alliance Desk', version: '0.0.0-e2e', port: 0 });
  const context = await browser.newContext({ locale: 'zh-CN' });
  opened.push({ mode, close: async () => (await context.close(), await mode.close()) });
  const page = await context.newPage();
  await new ShellPage(page).open(mode.openUrl);
  return { page, sync: new SyncPage(page), units: new UnitsPage(page) };
}

test('a unit made in one office reaches the other through the sync server over TLS with a pinned self-signed certificate, and an edit there comes back', async ({ server, openOffice }) => {
  const workspace = await server.createWorkspace('丽水市现代服务业职业教育集团');
  const [a, b] = [await openOffice(), await openOffice()];

  // Office A worked offline before it ever enrolled: its unit waits in the outbox.
  await a.units.create({ name: '丽水职业技术学院', kind: '高职院校', region: '浙江省丽水市' });
  await a.sync.open();
  await expect(a.page.getByText('本机尚未连接同步服务器')).toBeVisible();
  expect(server.url).toMatch(/^https:\/\//);
  await a.sync.enrol(server.url, await server.issueCode(workspace.id));
  await expect(a.page.getByText('本机已登记到“丽水市现代服务业职业教育集团”')).toBeVisible();
  await expect(a.page.getByTestId('certificate-fingerprint')).toHaveText(server.fingerprint256 ?? 'no fingerprint');
  await expect(a.page.getByText('同步凭据以明文保存在本机数据目录')).toBeVisible();
  await a.sync.syncNow();

  // A faulty server also holds an operation no desk could have written: a number for the region.
  const logged = await server.storage.pull(workspace.id, 0, 1000);
  const rowId = logged.ops.find((op) => op.field === 'name' && op.value === '丽水职业技术学院')?.rowId ?? '';
  const faulty = randomUUID();
  await server.storage.append(workspace.id, [{ opId: `${randomUUID()}:0`, deviceId: faulty, table: 'units', rowId, field: 'region', value: 20260101, hlc: formatHlc({ wallMs: Date.now() + 1000, counter: 0, deviceId: faulty }) }], new Date().toISOString());

  await b.sync.open();
  await b.sync.enrol(server.url, await server.issueCode(workspace.id));
  await b.sync.syncNow();
  await expect(b.page.getByTestId('refused-operations')).toContainText('从服务器收到的修改中有 1 项不符合记录的格式，已拒收，没有写入本机');
  await expect(b.page.getByTestId('refused-operations')).toContainText('units.region：值不符合该字段的要求');
  await b.units.openList();
  await b.units.row('丽水职业技术学院').click();
  await expect(b.units.heading).toHaveText('丽水职业技术学院');
  await expect(b.units.shown('region')).toHaveText('浙江省丽水市');

  // Office B edits the unit; office A sees the edit after its next sync.
  await b.units.edit({ address: '丽水市莲都区学院路1号' });
  await b.sync.open();
  await b.sync.syncNow();
  await a.sync.syncNow();
  await a.units.openList();
  await a.units.row('丽水职业技术学院').click();
  await expect(a.units.shown('address')).toHaveText('丽水市莲都区学院路1号');
});

test('a wrong enrolment code, a clear-text address and an unpinned certificate are refused in words the secretary understands', async ({ server, openOffice }) => {
  const workspace = await server.createWorkspace('轨道交通产教融合共同体');
  const office = await openOffice();
  const code = await server.issueCode(workspace.id);
  const [oneTime = '', pin = ''] = code.split('#');
  await office.sync.open();
  await office.sync.enrol('http://192.168.1.20:8787', code);
  await expect(office.page.getByText('请使用 https:// 开头的地址：http:// 不加密')).toBeVisible();
  await office.sync.enrol(server.url, oneTime);
  await expect(office.page.getByRole('alert')).toHaveText('服务器的证书不受本机信任（例如服务器自签的证书）。请完整粘贴管理员给出的登记码，包括 # 之后的证书指纹。');
  await office.sync.enrol(server.url, `${oneTime.slice(0, -1)}${oneTime.endsWith('A') ? 'B' : 'A'}#${pin}`);
  await expect(office.page.getByRole('alert')).toHaveText('登记码不正确、已被使用或已过期。登记码只能使用一次，请向管理员索取新的登记码。');
  await expect(office.page.getByRole('textbox', { name: '服务器地址' })).toBeVisible();

  // A server that cannot be reached is named as such, and nothing is enrolled.
  await office.sync.enrol('http://127.0.0.1:9', code);
  await expect(office.page.getByRole('alert')).toContainText('无法连接同步服务器');
  await office.page.reload();
  await expect(office.page.getByText('本机尚未连接同步服务器')).toBeVisible();
});

test('a server whose clock is two hours ahead syncs all the same, with a warning about this machine’s clock', async ({ openOffice }) => {
  const server = await startTestSyncServer({ clockOffsetMs: 2 * 60 * 60 * 1000 });
  try {
    const workspace = await server.createWorkspace('轨道交通产教融合共同体');
    const office = await openOffice();
    await office.sync.open();
    await office.sync.enrol(`${server.url}/`, await server.issueCode(workspace.id));
    await office.sync.syncNow();
    await expect(office.page.getByRole('alert').filter({ hasText: '本机时钟' })).toHaveText('本机时钟比服务器慢约 2 小时。同步不受影响，但记录的修改时间可能不准，请校准电脑时间。');
    await expect(office.sync.lastSync).not.toHaveText('尚未同步');
  } finally {
    await server.close();
  }
});

test('a desk two hours ahead of the server has its changes refused, re-stamped and delivered, and the Sync page says so', async ({ openOffice }) => {
  const server = await startTestSyncServer({ clockOffsetMs: -2 * 60 * 60 * 1000 });
  try {
    const workspace = await server.createWorkspace('丽水市现代服务业职业教育集团');
    const office = await openOffice();
    await office.units.create({ name: '丽水思博特精密制造有限公司', kind: '企业', region: '浙江省丽水市' });
    await office.sync.open();
    await office.sync.enrol(server.url, await server.issueCode(workspace.id));
    await office.sync.syncNow();
    await expect(office.page.getByRole('alert').filter({ hasText: '本机时钟比服务器' })).toHaveText('本机时钟比服务器快约 2 小时。同步不受影响，但记录的修改时间可能不准，请校准电脑时间。');
    await expect(office.page.getByRole('alert').filter({ hasText: '重新记时' })).toContainText('已按服务器时间重新记时并送达，没有丢失任何修改');
    const names = (await server.storage.state(workspace.id)).filter((field) => field.field === 'name').map((field) => field.value);
    expect(names).toEqual(['丽水思博特精密制造有限公司']);
  } finally {
    await server.close();
  }
});

test('a backup exported in one office restores in another; a wrong file changes nothing', async ({ openOffice }) => {
  const [a, b] = [await openOffice(), await openOffice()];
  await a.units.create({ name: '丽水思博特精密制造有限公司', kind: '企业', region: '浙江省丽水市' });
  await a.sync.open();
  const download = await a.sync.exportBackup();
  expect(download.suggestedFilename()).toMatch(/^产教联盟工作台备份-\d{4}-\d{2}-\d{2}\.zip$/);
  const backup = await download.path();

  await b.units.create({ name: '丽水职业技术学院', kind: '高职院校' });
  await b.sync.open();
  await b.sync.chooseBackup({ name: '成员单位.zip', mimeType: 'application/zip', buffer: Buffer.from('不是压缩包') });
  await expect(b.page.getByText('这个文件不是备份文件（不是 ZIP 压缩包）。本机数据没有任何改动。')).toBeVisible();

  await b.sync.chooseBackup(backup);
  await expect(b.page.getByRole('dialog')).toContainText('每个字段保留最后一次修改的内容');
  await b.sync.confirmRestore();
  await expect(b.page.getByText('恢复完成：新增 1 条记录，更新 0 条记录，新增 0 个附件。')).toBeVisible();
  await b.units.openList();
  await expect(b.units.count).toHaveText('共 2 条');
  await b.units.row('丽水思博特精密制造有限公司').click();
  await expect(b.units.shown('region')).toHaveText('浙江省丽水市');
});
