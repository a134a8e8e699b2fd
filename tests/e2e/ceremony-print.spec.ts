import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CeremonyPage } from './pages/ceremony-page';
import { FirstRunPage } from './pages/first-run-page';
import { EventsPage } from './pages/events-page';
import { PrintQueuePage } from './pages/print-queue-page';

const launch = '丽水智能制造产教融合共同体成立启动仪式';
const printDir = process.env.ALLIANCE_DESK_PRINT_DIR ?? '/var/tmp/alliance-desk-print';
/** cups-pdf names each file after its job title, a title in Chinese written as its UTF-8 bytes in octal. */
const octal = (text: string): string => [...Buffer.from(text)].map((byte) => byte.toString(8)).join('_');
const printedFiles = (prefix: string): string[] => readdirSync(printDir).filter((name) => name.startsWith(prefix) && name.endsWith('.pdf'));

test.beforeAll(() => {
  execFileSync('bash', [join(process.cwd(), 'scripts/cups-for-tests.sh')], { stdio: 'ignore' });
});

test('prints the launch ceremony’s name badges through the real spooler: one A4 sheet of its seven participants', async ({ shell }) => {
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const events = new EventsPage(shell.page);
  await events.openList();
  await events.row(launch).click();
  const ceremony = new CeremonyPage(shell.page);
  await ceremony.openFromEvent('胸牌', launch);
  await expect(ceremony.summary).toContainText('7 人');

  await new PrintQueuePage(shell.page).printSilentlyTo('Alliance Desk test printer (PDF)');
  // The job is titled with the event and the paper: its file's name starts with the event's title (cut short by cups-pdf).
  const prefix = octal(launch.slice(0, 4));
  const before = printedFiles(prefix);
  await shell.page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(shell.page.getByText(/^已发送到打印机 .+，共 1 页。$/)).toBeVisible();
  await expect.poll(() => printedFiles(prefix).length - before.length, { timeout: 15_000 }).toBe(1);
  const [made = ''] = printedFiles(prefix).filter((name) => !before.includes(name));
  const file = join(printDir, made);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  // cups-pdf redraws the job through Ghostscript, which drops the text's Unicode mapping: the page count and size are what it keeps.
});
