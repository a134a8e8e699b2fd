import { expect, test } from './fixtures';
import { AgreementsPage } from './pages/agreements-page';
import { AlliancesPage } from './pages/alliances-page';
import { EventsPage, solidPng } from './pages/events-page';
import { PeoplePage } from './pages/people-page';
import { UnitsPage } from './pages/units-page';

const lishui = '丽水智能制造产教融合共同体';

/** A date this many days from today on the local calendar, as the app counts days. */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('creates an alliance with its profile and logo, edits, deletes and restores it', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  await alliances.openList();
  await shell.page.getByRole('button', { name: '新建联盟' }).click();
  await alliances.fill({
    name: lishui,
    shortName: '丽水智能制造共同体',
    kind: '产教融合共同体',
    foundedOn: '2024-06-13',
    region: '浙江省丽水市',
    guidingDepartments: ['丽水市教育局', '丽水市经济和信息化局'],
    aims: '深化产教融合、校企合作',
    numberPrefix: 'lszz',
  });
  await shell.page.getByLabel('添加 标志').setInputFiles({ name: '共同体标志.png', mimeType: 'image/png', buffer: solidPng(8, 8, [179, 38, 30]) });
  await expect(shell.page.getByRole('img', { name: '共同体标志.png' })).toBeVisible();
  await alliances.save();

  await expect(alliances.heading).toHaveText(lishui);
  await expect(alliances.shown('kind')).toHaveText('产教融合共同体');
  await expect(alliances.shown('foundedOn')).toHaveText('2024-06-13');
  await expect(alliances.shown('guidingDepartments')).toHaveText('丽水市教育局、丽水市经济和信息化局');
  // Typed in lower case, kept as the prefix of document numbers is written.
  await expect(alliances.shown('numberPrefix')).toHaveText('LSZZ');
  await expect(shell.page.getByRole('img', { name: '共同体标志.png' })).toBeVisible();

  await alliances.edit({ region: '浙江省丽水市莲都区' });
  await expect(alliances.shown('region')).toHaveText('浙江省丽水市莲都区');
  await expect(shell.page.getByRole('list', { name: '修改记录' })).toContainText('所在地区: 浙江省丽水市 → 浙江省丽水市莲都区');
  await shell.reload();
  await expect(alliances.shown('region')).toHaveText('浙江省丽水市莲都区');

  await alliances.openList();
  await expect(alliances.row(lishui)).toContainText('产教融合共同体浙江省丽水市莲都区2024-06-130');
  await alliances.row(lishui).click();
  await alliances.delete();
  await alliances.openList();
  await expect(alliances.row(lishui)).toHaveCount(0);
  await alliances.showDeleted();
  await alliances.row(lishui).click();
  await shell.page.getByRole('button', { name: '恢复' }).click();
  await expect(shell.page.getByText('此记录已删除')).toBeHidden();
  await alliances.openList();
  await expect(alliances.row(lishui)).toBeVisible();
});

test('refuses a document-number prefix that does not start with a letter and saves nothing', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  await alliances.openList();
  await shell.page.getByRole('button', { name: '新建联盟' }).click();
  await alliances.fill({ name: lishui, numberPrefix: '2026LS' });
  await alliances.save();
  await expect(shell.page.getByText('文号前缀应为 2—10 位大写字母或数字，以字母开头')).toBeVisible();
  await expect(alliances.heading).toHaveText('新建联盟');
  await shell.page.getByRole('button', { name: '取消' }).click();
  await expect(alliances.count).toHaveText('共 0 条');
});

test('the start page counts active member units by role and kind, and a figure opens the units it counts', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  const units = new UnitsPage(shell.page);
  await alliances.create({ name: lishui });
  await expect(alliances.figures('成员单位')).toContainText('尚无正式成员单位。');

  await units.create({ name: '丽水市职业高级中学', kind: '中职学校' });
  await units.addMembership(lishui, '牵头单位', '2024-06-13');
  await units.create({ name: '丽水市思博特精密制造有限公司', kind: '企业' });
  await units.addMembership(lishui, '成员单位', '2024-06-13');

  await alliances.open(lishui);
  await expect(alliances.figure('成员单位', '全部正式成员单位 2 家')).toBeVisible();
  await expect(alliances.figure('成员单位', '牵头单位 1 家')).toBeVisible();
  await expect(alliances.figure('成员单位', '成员单位 1 家')).toBeVisible();
  await expect(alliances.figure('成员单位', '中职学校 1 家')).toBeVisible();

  await alliances.figure('成员单位', '企业 1 家').click();
  await expect(shell.page).toHaveURL(/#\/units\?alliance=[0-9a-f-]+&kind=enterprise&status=active$/);
  await expect(units.row('丽水市思博特精密制造有限公司')).toBeVisible();
  await expect(units.row('丽水市职业高级中学')).toHaveCount(0);
});

test('the start page counts appointed people by body, and a figure opens the people it counts', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  const people = new PeoplePage(shell.page);
  await alliances.create({ name: lishui });
  await people.create({ name: '娄海滨' });
  await people.addAppointment({ alliance: lishui, body: '专家指导委员会', role: '委员' });

  await alliances.open(lishui);
  await expect(alliances.figures('专家与聘任人员')).toContainText('聘任人员 1 人');
  await alliances.figure('专家与聘任人员', '专家指导委员会 1 人').click();
  await expect(shell.page).toHaveURL(/#\/people\?alliance=[0-9a-f-]+&body=expert-steering-committee$/);
  await expect(people.row('娄海滨')).toBeVisible();
});

test('the start page counts events by year and kind, and a figure opens the events it counts', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  const events = new EventsPage(shell.page);
  await alliances.create({ name: lishui });
  await events.create({ alliance: lishui, kind: '研讨会', title: '共同体发展研讨会', startsOn: '2026-06-13' });
  await events.create({ alliance: lishui, kind: '成立大会', title: '共同体成立大会', startsOn: '2025-05-09' });

  await alliances.open(lishui);
  await expect(alliances.figure('活动', '2026 年 1 场')).toBeVisible();
  await expect(alliances.figure('活动', '2025 年 1 场')).toBeVisible();
  await expect(alliances.figure('活动', '成立大会 1 场')).toBeVisible();

  await alliances.figure('活动', '研讨会 1 场').click();
  await expect(shell.page).toHaveURL(/#\/events\?alliance=[0-9a-f-]+&year=2026&kind=seminar$/);
  await expect(events.row('共同体发展研讨会')).toBeVisible();
  await expect(events.count).toHaveText('1 / 2 条');
});

test('the start page counts agreements in force and ending within 90 days, and opens those ending', async ({ shell }) => {
  const alliances = new AlliancesPage(shell.page);
  const agreements = new AgreementsPage(shell.page);
  const units = new UnitsPage(shell.page);
  await alliances.create({ name: lishui });
  await units.create({ name: '丽水市职业高级中学', kind: '中职学校' });
  await units.create({ name: '丽水市思博特精密制造有限公司', kind: '企业' });
  const parties = ['丽水市职业高级中学', '丽水市思博特精密制造有限公司'];
  await agreements.create({ alliance: lishui, title: '引企入校合作协议', parties, termEnd: inDays(30) });
  await agreements.create({ alliance: lishui, title: '订单班合作协议', parties, termEnd: inDays(400) });

  await alliances.open(lishui);
  await expect(alliances.figure('合作协议', '履行中 2 份')).toBeVisible();
  await alliances.figure('合作协议', '90 天内到期 1 份').click();
  await expect(shell.page).toHaveURL(/#\/agreements\?alliance=[0-9a-f-]+&expiring=1$/);
  await expect(agreements.row('引企入校合作协议')).toBeVisible();
  await expect(agreements.count).toHaveText('1 / 2 条');
});
