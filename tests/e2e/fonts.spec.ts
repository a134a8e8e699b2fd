import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents-page';
import { FirstRunPage } from './pages/first-run-page';
import { UnitsPage } from './pages/units-page';

const community = '丽水智能制造产教融合共同体';
const licence = '成员单位证书（A4 横向）';

async function licenceFor(shell: { page: DocumentsPage['page'] }, name: string): Promise<DocumentsPage> {
  const documents = new DocumentsPage(shell.page);
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const units = new UnitsPage(shell.page);
  await units.create({ name, kind: '企业' });
  await units.addMembership(community, '成员单位', '2024-06-13');
  await documents.openIssue();
  await documents.chooseBy('手动选择');
  await documents.pick('联盟', community);
  await documents.chooseTemplate(licence);
  await documents.pick('选择单位', name);
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 1 / 共 1）');
  return documents;
}

const tool = (name: string, ...args: string[]): string => execFileSync(name, args, { encoding: 'utf8' });

test('a unit named with Extension B and E characters prints them from the bundled fonts, in a PDF the app signs', async ({ shell }) => {
  const name = '𠮷野𬘭精密机械（丽水）有限公司';
  const documents = await licenceFor(shell, name);
  await expect(shell.page.getByTestId('font-problems')).toHaveCount(0);
  await documents.issue();
  const download = await documents.download('导出为一个 PDF');
  const path = join(await mkdtemp(join(tmpdir(), 'desk-fonts-')), download.suggestedFilename());
  await download.saveAs(path);
  expect(tool('pdftotext', path, '-').replace(/\s+/g, '')).toContain(`${name}：`);
  const fonts = tool('pdffonts', path).split('\n').slice(2).filter((line) => line.trim());
  expect(fonts.some((line) => /\+HanaMinB\s/.test(line))).toBe(true);
  for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+(NotoSerifSC-(Regular|Bold)|LXGWWenKai-Regular|HanaMin[AB])\s+CID TrueType\s+Identity-H\s+yes yes/);
  const info = tool('pdfinfo', path);
  expect(info).toMatch(/^Creator:\s+产教联盟工作台$/m);
  expect(info).toMatch(/^Producer:\s+产教联盟工作台$/m);
});

test('a character no bundled font holds is named with its code point, and issuing waits', async ({ shell }) => {
  // A 造字 of the Private Use Area, as some offices' old systems made for rare names.
  const name = '丽水\uE000精密机械有限公司';
  const documents = await licenceFor(shell, name);
  await expect(shell.page.getByTestId('font-problems')).toContainText(`第 1 页（${name}）：「\uE000」（U+E000）`);
  await expect(documents.issueButton()).toBeDisabled();
});
