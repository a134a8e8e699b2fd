import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { AlliancesPage } from './pages/alliances-page';
import { CeremonyPage } from './pages/ceremony-page';
import { DocumentsPage } from './pages/documents-page';
import { FirstRunPage } from './pages/first-run-page';
import { EventsPage } from './pages/events-page';
import { PeoplePage } from './pages/people-page';
import { UnitsPage } from './pages/units-page';

const run = promisify(execFile);
const alliance = '丽水智能制造产教融合共同体';
const title = '丽水智能制造产教融合共同体成立大会';
/** Two of the corpus's long official names, and a short one. */
const units = ['江苏太湖-FANUC智能制造技术（苏州）有限公司吴中区分公司数控系统应用技术培训中心暨苏州太湖智能制造职业教育集团第3实训基地（2025年度认定）', '湖南星联-ABB机器人应用技术（长沙）有限公司与长沙岳麓数智工程职业技术学院共建智能制造产业学院', '丽水市职业高级中学'];
const people = [
  { name: '欧阳明轩', unit: units[0], position: '副总经理', role: '出席领导' },
  { name: '杜䶮', unit: units[1], position: '专家指导委员会副主任', role: '专家' },
  { name: '桑文勇', unit: units[2], position: '校长', role: '代表' },
];

test('exports the sign-in sheet of an event from its page: every participant once, with their unit, in the order of the page', async ({ shell }) => {
  // Three units, three people and their attendance are entered through the forms first.
  test.slow();
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: alliance });
  for (const name of units) await new UnitsPage(shell.page).create({ name, kind: '企业' });
  for (const person of people) await new PeoplePage(shell.page).create({ name: person.name, unit: person.unit, position: person.position });
  await events.create({ alliance, kind: '成立大会', title, startsOn: '2026-12-03', venue: '丽水市会展中心' });
  for (const person of people) await events.addParticipant('人员', person.name, person.role);

  const ceremony = new CeremonyPage(shell.page);
  await ceremony.openFromEvent('签到表', title);
  await expect(ceremony.summary).toContainText('3 人，共 1 页');
  await expect(ceremony.pageNumber).toHaveText('第 1 页 / 共 1 页');
  await expect(ceremony.preview('签到表').locator('body')).toContainText('欧阳明轩');

  const download = await ceremony.exportPdf();
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${title}-签到表-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const path = join(await mkdtemp(join(tmpdir(), 'desk-ceremony-')), download.suggestedFilename());
  await download.saveAs(path);
  await expect(shell.page.getByText(`已开始下载 ${download.suggestedFilename()}`)).toBeVisible();

  const info = (await run('pdfinfo', [path])).stdout;
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  // -raw: the text in the order it was drawn, so a unit wrapped onto two lines stays whole.
  const text = (await run('pdftotext', ['-raw', path, '-'])).stdout.replace(/\s+/g, '');
  expect(text).toContain('签到表');
  expect(text).toContain(title);
  expect(text).toContain('时间：2026年12月3日地点：丽水市会展中心');
  // Guest leaders first, then experts, then representatives, as the event's page lists them.
  const at = people.map((person) => text.indexOf(`${person.name}${person.unit}${person.position}`));
  expect(at.every((index) => index > 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  for (const person of people) expect(text.split(person.name).length - 1).toBe(1);
});

test('shows what the other papers hold, and says when there is nothing to print', async ({ shell }) => {
  test.slow();
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: alliance });
  await new PeoplePage(shell.page).create({ name: '桑文勇' });
  await events.create({ alliance, kind: '成立大会', title, startsOn: '2026-12-03' });
  const ceremony = new CeremonyPage(shell.page);

  await ceremony.openFromEvent('会议议程', title);
  await expect(shell.page.getByText('这项活动尚未填写议程')).toBeVisible();
  await expect(shell.page.getByRole('button', { name: '导出 PDF' })).toBeDisabled();

  await shell.page.getByRole('link', { name: '返回活动' }).click();
  await events.addAgendaItem('09:30', '为成员单位授牌', '');
  await events.addAgendaItem('09:00', '主持人宣布大会开始', '桑文勇');
  await events.saveAgenda();
  await events.addParticipant('人员', '桑文勇', '出席领导');
  await ceremony.openFromEvent('会议议程', title);
  await expect(ceremony.summary).toContainText('2 项议程');
  await expect(ceremony.preview('会议议程').locator('body')).toContainText(/09:00\s*主持人宣布大会开始/);

  await ceremony.choose('桌签');
  await expect(ceremony.summary).toContainText('1 人');
  await expect(ceremony.preview('桌签').locator('body')).toContainText('桑文勇');
  await ceremony.choose('胸牌');
  await expect(ceremony.summary).toContainText('每张 A4 排 8 个，共 1 页');
  await expect(ceremony.preview('胸牌').locator('body')).toContainText('出席领导');
});

test('names a unit too long for its cell even at the smallest size, by page and row, and exports nothing', async ({ shell }) => {
  test.slow();
  const events = new EventsPage(shell.page);
  // 100 characters: more than two lines of the unit column hold at 6 pt.
  const absurd = `${'丽水市莲都区智能制造装备产业技术研究院'.repeat(5)}有限公司`.slice(0, 100);
  await new AlliancesPage(shell.page).create({ name: alliance });
  await new UnitsPage(shell.page).create({ name: absurd, kind: '企业' });
  await new PeoplePage(shell.page).create({ name: '桑文勇', unit: absurd });
  await events.create({ alliance, kind: '成立大会', title, startsOn: '2026-12-03' });
  await events.addParticipant('人员', '桑文勇', '代表');
  const ceremony = new CeremonyPage(shell.page);
  await ceremony.openFromEvent('签到表', title);
  await expect(shell.page.getByTestId('ceremony-overflows')).toContainText(/第 1 页 第 1 项单位：需要 \d 行，只能排 2 行/);
  await expect(shell.page.getByRole('button', { name: '导出 PDF' })).toBeDisabled();
  await expect(shell.page.getByRole('button', { name: '打印', exact: true })).toBeDisabled();
});

test('issues participation certificates from the event page, numbered in their own series, one A4 page each', async ({ shell }) => {
  test.slow();
  const launch = '丽水智能制造产教融合共同体成立启动仪式';
  const firstRun = new FirstRunPage(shell.page);
  await firstRun.loadSampleData('欢迎使用产教联盟工作台', '加载示例数据');
  await expect(firstRun.message('示例数据已加载')).toBeVisible();
  const events = new EventsPage(shell.page);
  await events.openList();
  await events.row(launch).click();
  await expect(events.heading).toHaveText(launch);
  await shell.page.getByRole('group', { name: '会务材料' }).getByRole('link', { name: '参会证明' }).click();

  const documents = new DocumentsPage(shell.page);
  await expect(documents.heading).toHaveText('批量签发');
  await expect(shell.page.getByRole('combobox', { name: '模板', exact: true })).toContainText('参会证明（A4 横向）');
  await expect(documents.recipientCount()).toHaveText('签发对象（已选 7 / 共 7）');
  await expect(documents.previewFrame().locator('body')).toContainText('参会证明');
  // The first issue on this desk asks for the office's set-up first; issuing then goes ahead.
  await documents.issueButton().click();
  const setup = shell.page.getByRole('dialog', { name: '首次签发前的办公室设置' });
  await setup.getByRole('button', { name: '保存设置' }).click();
  await expect(setup).toBeHidden();
  // The numbers are shown once the set-up is stored: only then does 签发 issue rather than ask again.
  await expect(shell.page.getByTestId('numbers-will-be')).toContainText('-C001');
  const [first = '', last = ''] = await documents.issue();
  expect(first).toMatch(/^LSZZ-\d{4}-[A-Z]{2,4}-C001$/);
  expect(last).toBe(first.replace(/001$/, '007'));

  const download = await documents.download('导出为一个 PDF');
  const path = join(await mkdtemp(join(tmpdir(), 'desk-ceremony-')), download.suggestedFilename());
  await download.saveAs(path);
  expect((await run('pdfinfo', [path])).stdout).toMatch(/Pages:\s+7\n/);
  const text = (await run('pdftotext', [path, '-'])).stdout.replace(/\s+/g, '');
  expect(text).toContain(`兹证明桑文勇参加了${launch}。`);
  expect(text).toContain(`兹证明黄毅参加了${launch}。`);
  expect(text).toContain(first);
  expect(text).toContain(last);
});
