import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { FirstRunPage } from './pages/first-run-page';
import { AlliancesPage } from './pages/alliances-page';
import { UnitsPage } from './pages/units-page';

const community = '丽水智能制造产教融合共同体';
const launch = '丽水智能制造产教融合共同体成立启动仪式';
const licence = '成员单位证书（A4 横向）';
const school = '丽水市职业高级中学';
const sibot = '丽水思博特精密制造有限公司';

async function loadSampleData(documents: DocumentsPage): Promise<void> {
  const firstRun = new FirstRunPage(documents.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
}

/** The launch ceremony's licences: the lead unit and the member unit present. Returns their numbers in programme order. */
async function issueLaunchLicences(documents: DocumentsPage): Promise<string[]> {
  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(licence);
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 2 / 共 2）');
  await expect(documents.page.getByTestId('preview-page')).toHaveText('第 1 页 / 共 2 页');
  await expect(documents.previewFrame().getByText(`${school}：`)).toBeVisible();
  const [first = '', last = ''] = await documents.issue();
  expect(first).toMatch(/^LSZZ-\d{4}-[A-Z]{2,3}-Z001$/);
  expect(last).toBe(first.replace(/001$/, '002'));
  return [first, last];
}

async function saved(download: Download): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'desk-documents-')), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

const pdf = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
/** The text of one page; letter-spaced titles come out with spaces between the characters. */
const pageText = (path: string, page: number): string => pdf('pdftotext', '-f', String(page), '-l', String(page), path, '-').replace(/\s+/g, '');

test('issues the launch ceremony’s licences and exports them as one PDF, a recipient and a number on each A4 landscape page', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);
  const [first = '', second = ''] = await issueLaunchLicences(documents);

  const download = await documents.download('导出为一个 PDF');
  // Named after the ceremony, the documents and the date of issue, as an office files it.
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${launch}-成员单位证书-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const path = await saved(download);
  const info = pdf('pdfinfo', path);
  expect(info).toMatch(/Pages:\s+2\n/);
  // A4 landscape is 841.89 × 595.28 pt; Chromium rounds the page box to its own units.
  const [, width = '0', height = '0'] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
  expect(Math.abs(Number(width) - 841.89)).toBeLessThan(1);
  expect(Math.abs(Number(height) - 595.28)).toBeLessThan(1);
  expect(pageText(path, 1)).toContain(school);
  expect(pageText(path, 1)).toContain(first);
  expect(pageText(path, 1)).toContain('牵头单位');
  expect(pageText(path, 2)).toContain(sibot);
  expect(pageText(path, 2)).toContain(second);
  expect(pageText(path, 2)).toContain('成员单位');
  expect(pageText(path, 2)).not.toContain(school + '：');
  expect(pdf('pdffonts', path)).toMatch(/NotoSerifSC|Noto Serif SC/);
});

test('exports one PDF per document, named by number and recipient, with the office code set in Settings', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);
  await documents.setOfficeCode('zb');
  const [first = '', second = ''] = await issueLaunchLicences(documents);
  expect(first).toMatch(/^LSZZ-\d{4}-ZB-Z001$/);

  const download = await documents.download('每份导出一个 PDF');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${launch}-成员单位证书-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const files = unzipSync(new Uint8Array(await readFile(await saved(download))));
  expect(Object.keys(files).sort()).toEqual([`${first}-${school}.pdf`, `${second}-${sibot}.pdf`].sort());
  const one = files[`${second}-${sibot}.pdf`];
  expect(new TextDecoder().decode(one?.subarray(0, 5))).toBe('%PDF-');
});

test('the registry finds an issued document; an export is logged, and revoking keeps the number with its reason', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);
  const [first = ''] = await issueLaunchLicences(documents);

  await documents.openRegistry();
  await expect(shell.page.getByTestId('list-count')).toHaveText('共 2 条');
  await shell.page.getByRole('searchbox', { name: '搜索' }).fill(first);
  await expect(shell.page.getByTestId('list-count')).toHaveText('1 / 2 条');
  await documents.registryRow(first).click();
  await expect(documents.heading).toHaveText(first);
  await expect(shell.page.getByTestId('printed-texts')).toContainText(`${school}：`);
  await expect(shell.page.getByTestId('print-count')).toHaveText('0');
  const reprint = await documents.download('导出 PDF');
  expect(pageText(await saved(reprint), 1)).toContain(first);
  // An export is logged as one, not as a print.
  await expect(shell.page.getByTestId('export-count')).toHaveText('1');
  await expect(shell.page.getByTestId('print-count')).toHaveText('0');

  await shell.page.getByRole('button', { name: '作废', exact: true }).click();
  const dialog = shell.page.getByRole('dialog');
  await dialog.getByRole('button', { name: '作废', exact: true }).click();
  await expect(dialog.getByText('请填写作废原因')).toBeVisible();
  await dialog.getByRole('textbox', { name: '作废原因' }).fill('单位名称有误，重新签发');
  await dialog.getByRole('button', { name: '作废', exact: true }).click();
  await expect(shell.page.getByRole('alert').filter({ hasText: '作废：单位名称有误，重新签发' })).toBeVisible();

  await documents.openRegistry();
  await shell.page.getByRole('combobox', { name: '状态' }).click();
  await shell.page.getByRole('option', { name: '已作废', exact: true }).click();
  await expect(shell.page.getByTestId('list-count')).toHaveText('1 / 2 条');
  await expect(documents.registryRow(first)).toContainText('已作废');
});

test('issuing again to recipients who still hold a licence asks first', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);
  const [first = ''] = await issueLaunchLicences(documents);

  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(licence);
  await expect(shell.page.getByText(/^已持有 LSZZ-/)).toHaveCount(2);
  await documents.issueButton().click();
  const dialog = shell.page.getByRole('dialog');
  await expect(dialog).toContainText('重复签发？');
  await expect(dialog).toContainText(`${school}（${first}）`);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await documents.issueButton().click();
  await dialog.getByRole('button', { name: '仍然签发' }).click();
  await expect(shell.page.getByTestId('issued-range')).toHaveText(`编号 ${first.replace(/001$/, '003')} 至 ${first.replace(/001$/, '004')}`);
  await documents.openRegistry();
  await expect(shell.page.getByTestId('list-count')).toHaveText('共 4 条');
});

test('a template field the records lack blocks issuing and says which, for whom', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);

  // The sample experts have no end of term, which the letter of appointment prints.
  await documents.openIssue();
  await documents.chooseBy('联盟全部');
  await documents.pick('联盟', community);
  await documents.chooseTemplate('聘书（A4 横向）');
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 3 / 共 3）');
  await expect(shell.page.getByTestId('fill-problems')).toContainText('（叶军）：缺少 “聘期（起止）”');
  await expect(documents.issueButton()).toBeDisabled();
});

test('a name with markup prints literally', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);
  const units = new UnitsPage(shell.page);
  await units.create({ name: '<b>x</b>', kind: '企业' });
  await units.addMembership(community, '成员单位', '2024-06-13');
  await documents.openIssue();
  await documents.chooseBy('手动选择');
  await documents.pick('联盟', community);
  await documents.chooseTemplate(licence);
  await documents.pick('选择单位', '<b>x</b>');
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 1 / 共 1）');
  await expect(documents.previewFrame().getByText('<b>x</b>：')).toBeVisible();
  await documents.issue();
  const path = await saved(await documents.download('导出为一个 PDF'));
  expect(pageText(path, 1)).toContain('<b>x</b>：');
});

test('a built-in template is copied, edited and saved; the preview follows every change', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await documents.open();
  await shell.page.getByRole('row').filter({ hasText: licence }).getByRole('button', { name: '复制修改' }).click();
  await expect(documents.heading).toHaveText(`${licence}（副本）`);
  await shell.page.getByRole('list', { name: '内容元素' }).getByText('特发此证。', { exact: true }).click();
  await shell.page.getByRole('textbox', { name: '文字内容' }).fill('特发此证，以资证明。');
  await expect(documents.editorPreview().getByText('特发此证，以资证明。')).toBeVisible();
  // Dragging the selected element's frame on the preview moves it, to the right and down.
  const left = shell.page.getByRole('spinbutton', { name: '左边距（毫米）' });
  const before = Number(await left.inputValue());
  const handle = await shell.page.getByRole('button', { name: '拖动以移动所选元素' }).boundingBox();
  if (!handle) throw new Error('no drag handle');
  await shell.page.mouse.move(handle.x + 10, handle.y + 5);
  await shell.page.mouse.down();
  await shell.page.mouse.move(handle.x + 60, handle.y + 25, { steps: 5 });
  await shell.page.mouse.up();
  await expect(left).not.toHaveValue(String(before));
  expect(Number(await left.inputValue())).toBeGreaterThan(before);
  await shell.page.getByRole('combobox', { name: '纸张' }).click();
  await shell.page.getByRole('option', { name: '自定义尺寸' }).click();
  await shell.page.getByRole('spinbutton', { name: '宽（毫米）' }).first().fill('280');
  await shell.page.getByRole('button', { name: '保存模板' }).click();
  await expect(shell.page.getByText('模板已保存')).toBeVisible();

  await shell.reload();
  await expect(documents.heading).toHaveText(`${licence}（副本）`);
  await expect(documents.editorPreview().getByText('特发此证，以资证明。')).toBeVisible();
  await documents.open();
  await expect(shell.page.getByRole('row').filter({ hasText: `${licence}（副本）` })).toContainText('280 × 210 mm');
  await expect(shell.page.getByRole('row').filter({ hasText: `${licence}（副本）` })).toContainText('自建');
});

test('the alliance’s number pattern shapes the numbers, and one without {office} is refused', async ({ shell }) => {
  const documents = new DocumentsPage(shell.page);
  await loadSampleData(documents);
  const alliances = new AlliancesPage(shell.page);
  await alliances.openList();
  await alliances.open(community);
  await shell.page.getByRole('link', { name: '编辑' }).click();
  const pattern = shell.page.getByRole('textbox', { name: '编号规则' });
  await expect(pattern).toHaveValue('{prefix}-{year}-{office}{seq:000}');
  await pattern.fill('{prefix}〔{year}〕{seq:0000}号');
  await shell.page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(shell.page.getByText(/编号规则须包含 \{office\}/)).toBeVisible();
  await pattern.fill('{prefix}〔{year}〕{office}{seq:0000}号');
  await shell.page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(alliances.heading).toHaveText(community);

  await documents.openIssue();
  await documents.pick('活动', launch);
  await documents.chooseTemplate(licence);
  // Nothing is numbered before this desk's set-up; after it, the licences' own series.
  await expect(shell.page.getByTestId('numbers-will-be')).toBeHidden();
  await documents.setUpOffice();
  await expect(shell.page.getByTestId('numbers-will-be')).toHaveText(/^编号将为 LSZZ〔\d{4}〕[A-Z]{3}-Z0001号 至 LSZZ〔\d{4}〕[A-Z]{3}-Z0002号$/);
});
