import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { FirstRunPage } from './pages/first-run-page';
import { PrintQueuePage } from './pages/print-queue-page';
import { UnitsPage } from './pages/units-page';

const launch = '丽水智能制造产教融合共同体成立启动仪式';
const school = '丽水市职业高级中学';
const sibot = '丽水思博特精密制造有限公司';
const printDir = process.env.ALLIANCE_DESK_PRINT_DIR ?? '/var/tmp/alliance-desk-print';
/** cups-pdf names each file after its job title: the document's number, or 校准页 written as octal bytes. */
const printedFiles = (prefix: string): string[] => readdirSync(printDir).filter((name) => name.startsWith(prefix) && name.endsWith('.pdf'));
const calibrationPrefix = [...Buffer.from('校准页')].map((byte) => byte.toString(8)).join('_');
// stderr ignored: lpadmin warns that printer drivers are deprecated each time.
const cups = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'ignore'] });

test.beforeAll(() => {
  execFileSync('bash', [join(process.cwd(), 'scripts/cups-for-tests.sh')], { stdio: 'ignore' });
});

/** The sample data's launch ceremony with its two licences issued: the lead unit's and a member unit's. */
async function issueLaunchLicences(queue: PrintQueuePage): Promise<string[]> {
  const firstRun = new FirstRunPage(queue.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const documents = new DocumentsPage(queue.page);
  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate('成员单位证书（A4 横向）');
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 2 / 共 2）');
  return documents.issue();
}

test('prints the launch ceremony’s licences in programme order through the real spooler, and a reprint counts up', async ({ shell }) => {
  const queue = new PrintQueuePage(shell.page);
  const [first = '', second = ''] = await issueLaunchLicences(queue);
  await queue.openFromEvent(launch);
  // The lead unit is called before the member unit.
  expect(await queue.recipients()).toEqual([school, sibot]);
  await expect(queue.row(first).getByText('待打印')).toBeVisible();

  await queue.printSilentlyTo('Alliance Desk test printer (PDF)');
  const ours = (): string[] => [...printedFiles(first), ...printedFiles(second)];
  const before = ours();
  await shell.page.getByRole('button', { name: '全部打印（2 份）' }).click();
  // The first job of a fresh engine is followed by its lanes' one-time warm-up, which the second print waits behind.
  await expect(queue.summary).toHaveText('全部已打印。', { timeout: 40_000 });
  await expect(queue.row(first).getByText('已打印')).toBeVisible();
  await expect(queue.row(second).getByText('已打印')).toBeVisible();
  await expect.poll(() => ours().length - before.length, { timeout: 15_000 }).toBe(2);
  const made = ours().filter((name) => !before.includes(name));
  for (const name of made) expect(cups('pdfinfo', join(printDir, name))).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);

  await shell.page.getByRole('button', { name: `补打 ${first}` }).click();
  await expect(queue.row(first).getByText('已打印（2 次）')).toBeVisible();
  await expect.poll(() => ours().length - before.length, { timeout: 15_000 }).toBe(3);

  await shell.reload();
  await expect(queue.row(first).getByText('已打印（2 次）')).toBeVisible();
  await expect(queue.row(second).getByText('已打印', { exact: true })).toBeVisible();
  await expect(shell.page.getByRole('combobox', { name: '打印机' })).toHaveText(/Alliance Desk test printer \(PDF\)/);
});

test('a printer that went away gives a clear message and counts nothing; the order can be changed and is kept', async ({ shell }) => {
  const queue = new PrintQueuePage(shell.page);
  const [first = ''] = await issueLaunchLicences(queue);
  const printer = `AllianceDeskE2E${String(process.pid)}`;
  cups('lpadmin', '-p', printer, '-E', '-v', 'cups-pdf:/', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd', '-D', `E2E printer ${String(process.pid)}`);
  try {
    await queue.openFromEvent(launch);
    await queue.printSilentlyTo(`E2E printer ${String(process.pid)}`);
    // Switched off after it was chosen, as a borrowed printer at a ceremony might be.
    cups('cupsdisable', printer);
    await shell.page.getByRole('button', { name: '打印下一份' }).click();
    await expect(shell.page.getByRole('alert').filter({ hasText: '无法连接打印机或打印机已暂停' })).toContainText(`打印在 ${first} 处停止`);
    await expect(queue.row(first).getByText(/^打印失败/)).toBeVisible();
    expect(cups('lpstat', '-o', printer).trim()).toBe('');
    await shell.reload();
    await expect(queue.row(first).getByText('待打印')).toBeVisible();
  } finally {
    cups('lpadmin', '-x', printer);
  }

  await shell.page.getByRole('button', { name: `下移 ${first}` }).click();
  await expect.poll(() => queue.recipients()).toEqual([sibot, school]);
  await shell.reload();
  await expect.poll(() => queue.recipients()).toEqual([sibot, school]);
  await shell.page.getByRole('button', { name: '恢复流程顺序' }).click();
  await expect.poll(() => queue.recipients()).toEqual([school, sibot]);
});

test('calibrates a printer for a template with the ruler page; the queue names the offsets it will print with', async ({ shell }) => {
  const queue = new PrintQueuePage(shell.page);
  await issueLaunchLicences(queue);
  await queue.openFromEvent(launch);
  await queue.printSilentlyTo('Alliance Desk test printer (PDF)');
  await expect(shell.page.getByTestId('calibration-note')).toHaveText('未校准（按模板位置打印）');
  await shell.page.getByRole('link', { name: '校准打印位置' }).click();
  await expect(queue.heading).toHaveText('打印位置校准');
  await expect(shell.page.getByRole('combobox', { name: '模板' })).toHaveText('成员单位证书（A4 横向）');

  const before = printedFiles(calibrationPrefix);
  await shell.page.getByRole('button', { name: '打印校准页' }).click();
  await expect(shell.page.getByText('校准页已发送到打印机。')).toBeVisible();
  await expect.poll(() => printedFiles(calibrationPrefix).length - before.length, { timeout: 15_000 }).toBe(1);

  await shell.page.getByRole('spinbutton', { name: '十字中心距左边（mm）' }).fill('32.5');
  await shell.page.getByRole('spinbutton', { name: '十字中心距上边（mm）' }).fill('29');
  await shell.page.getByRole('button', { name: '计算偏移' }).click();
  await expect(shell.page.getByRole('spinbutton', { name: '水平偏移（mm，正数向右）' })).toHaveValue('-2.5');
  await expect(shell.page.getByRole('spinbutton', { name: '垂直偏移（mm，正数向下）' })).toHaveValue('1');
  await shell.page.getByRole('button', { name: '保存校准' }).click();
  await expect(shell.page.getByText('已保存，此打印机打印该模板时将应用这些偏移。')).toBeVisible();
  await expect(shell.page.getByText('当前偏移：水平 -2.5 mm，垂直 1 mm')).toBeVisible();

  await shell.page.getByRole('button', { name: '返回' }).click();
  await expect(shell.page.getByTestId('calibration-note')).toHaveText('已校准：水平 -2.5 mm，垂直 1 mm');
});

/** One cell of the registry's row for a number, under the column headed `header`. */
async function registryCell(documents: DocumentsPage, number: string, header: string): Promise<string> {
  const table = documents.page.getByRole('table', { name: '签发登记' });
  const headers = (await table.getByRole('columnheader').allTextContents()).map((text) => text.trim());
  const row = documents.registryRow(number);
  return ((await row.getByRole('cell').nth(headers.indexOf(header)).textContent()) ?? '').trim();
}

test('an export leaves the queue’s 待打印 count as it was, a print through CUPS lowers it, and the registry shows prints and exports apart after reload', async ({ shell }) => {
  const queue = new PrintQueuePage(shell.page);
  const [first = '', second = ''] = await issueLaunchLicences(queue);
  const documents = new DocumentsPage(shell.page);
  const exported = await documents.download('导出为一个 PDF');
  expect(exported.suggestedFilename()).toMatch(/\.pdf$/);

  await queue.openFromEvent(launch);
  await expect(queue.summary).toHaveText('待打印 2 份，已打印 0 / 2 份');
  await expect(queue.row(first).getByText('待打印')).toBeVisible();
  await expect(queue.row(first).getByText('已导出 PDF')).toBeVisible();
  await expect(shell.page.getByRole('button', { name: '全部打印（2 份）' })).toBeEnabled();

  await queue.printSilentlyTo('Alliance Desk test printer (PDF)');
  const before = printedFiles(first);
  await shell.page.getByRole('button', { name: '打印下一份' }).click();
  await expect(queue.summary).toHaveText('待打印 1 份，已打印 1 / 2 份');
  await expect(queue.row(first).getByText('已打印', { exact: true })).toBeVisible();
  await expect(queue.row(second).getByText('待打印')).toBeVisible();
  await expect.poll(() => printedFiles(first).length - before.length, { timeout: 15_000 }).toBe(1);

  await shell.reload();
  await expect(queue.summary).toHaveText('待打印 1 份，已打印 1 / 2 份');

  await documents.openRegistry();
  expect(await registryCell(documents, first, '打印')).toBe('1');
  expect(await registryCell(documents, first, '导出')).toBe('1');
  expect(await registryCell(documents, second, '打印')).toBe('0');
  expect(await registryCell(documents, second, '导出')).toBe('1');
  await documents.registryRow(first).click();
  await expect(documents.heading).toHaveText(first);
  await expect(shell.page.getByTestId('print-count')).toHaveText('1');
  await expect(shell.page.getByTestId('export-count')).toHaveText('1');
  const log = shell.page.getByTestId('print-log-row');
  await expect(log).toHaveCount(2);
  // Newest first: the print, then the export.
  await expect(log.nth(0)).toContainText('打印');
  await expect(log.nth(0)).toContainText('（直接发送到打印机）');
  await expect(log.nth(1)).toContainText('导出 PDF');
  await expect(log.nth(1)).toContainText(`下载：${exported.suggestedFilename()}`);
});

test('a print through the browser’s dialog is logged only when the user says it printed', async ({ shell }) => {
  const queue = new PrintQueuePage(shell.page);
  const [first = ''] = await issueLaunchLicences(queue);
  await queue.openFromEvent(launch);
  await shell.page.getByRole('radio', { name: '使用浏览器的打印对话框' }).check();

  await shell.page.getByRole('button', { name: '打印下一份' }).click();
  const dialog = shell.page.getByRole('dialog', { name: `${first} 打印出来了吗？` });
  await expect(dialog).toContainText(school);
  await dialog.getByRole('button', { name: '未打印' }).click();
  await expect(shell.page.getByRole('alert').filter({ hasText: `${first} 未打印` })).toBeVisible();
  await expect(queue.summary).toHaveText('待打印 2 份，已打印 0 / 2 份');

  await shell.page.getByRole('button', { name: '打印下一份' }).click();
  await shell.page.getByRole('dialog', { name: `${first} 打印出来了吗？` }).getByRole('button', { name: '已打印' }).click();
  await expect(queue.summary).toHaveText('待打印 1 份，已打印 1 / 2 份');
  await shell.reload();
  await expect(queue.row(first).getByText('已打印', { exact: true })).toBeVisible();
});

test('deleting a unit that holds an issued licence offers to revoke it, and the revoked licence leaves the print queue', async ({ shell }) => {
  const queue = new PrintQueuePage(shell.page);
  const [first = '', second = ''] = await issueLaunchLicences(queue);
  const units = new UnitsPage(shell.page);
  await units.openList();
  await units.row(sibot).click();
  await expect(units.heading).toHaveText(sibot);
  await shell.page.getByRole('button', { name: '删除', exact: true }).click();
  const dialog = shell.page.getByRole('dialog');
  await expect(dialog).toContainText('该单位持有 1 份有效的已签发文书。');
  await expect(dialog.getByTestId('held-documents')).toHaveText(`编号：${second}`);
  await expect(dialog.getByRole('checkbox', { name: '同时作废这 1 份文书' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: '作废原因' })).toHaveValue('单位已从名录中删除');
  await dialog.getByRole('button', { name: '删除并作废 1 份' }).click();
  await expect(shell.page.getByText('此记录已删除。恢复后即可继续使用。')).toBeVisible();

  await queue.openFromEvent(launch);
  expect(await queue.recipients()).toEqual([school]);
  await expect(queue.summary).toHaveText('待打印 1 份，已打印 0 / 1 份');

  const documents = new DocumentsPage(shell.page);
  await documents.openRegistry();
  await expect(documents.registryRow(second)).toContainText('已作废');
  await expect(documents.registryRow(first)).toContainText('有效');
  await documents.registryRow(second).click();
  await expect(shell.page.getByRole('alert').filter({ hasText: '作废：单位已从名录中删除' })).toBeVisible();
});
