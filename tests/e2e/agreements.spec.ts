import { expect, test } from './fixtures';
import { AgreementsPage } from './pages/agreements-page';
import { AlliancesPage } from './pages/alliances-page';
import { EventsPage } from './pages/events-page';
import { PeoplePage } from './pages/people-page';
import { UnitsPage } from './pages/units-page';

const lishui = '丽水智能制造产教融合共同体';
const school = '丽水市职业高级中学';
const sibot = '丽水思博特精密制造有限公司';
const title = '丽水市职业高级中学与丽水思博特精密制造有限公司引企入校合作协议';

/** A date this many days from today on the local calendar, as the app counts days. */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('records an agreement with its parties, signatory and signing ceremony, each linked to its page', async ({ shell }) => {
  const agreements = new AgreementsPage(shell.page);
  const units = new UnitsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await units.create({ name: school, kind: '中职学校' });
  await units.create({ name: sibot, kind: '企业' });
  await new PeoplePage(shell.page).create({ name: '黄毅' });
  await new EventsPage(shell.page).create({ alliance: lishui, kind: '启动仪式', title: '共同体成立启动仪式', startsOn: '2026-06-13' });

  await agreements.create({
    alliance: lishui,
    kind: '引企入校',
    title,
    parties: [school, sibot],
    signatories: ['黄毅'],
    signedOn: '2026-06-13',
    event: '共同体成立启动仪式',
    termStart: '2026-06-13',
    termEnd: '2029-06-12',
  });
  await expect(agreements.shown('kind')).toHaveText('引企入校');
  await expect(agreements.shown('status')).toHaveText('履行中');
  await expect(agreements.shown('term')).toHaveText('2026-06-13 — 2029-06-12');
  await expect(agreements.shown('partyUnitIds').getByRole('link')).toHaveText([school, sibot]);
  await expect(agreements.shown('partyUnitIds').getByRole('link', { name: sibot })).toHaveAttribute('href', /#\/units\/[0-9a-f-]+$/);
  await expect(agreements.shown('signatoryIds').getByRole('link', { name: '黄毅' })).toHaveAttribute('href', /#\/people\/[0-9a-f-]+$/);
  await expect(agreements.shown('eventId').getByRole('link', { name: '共同体成立启动仪式' })).toHaveAttribute('href', /#\/events\/[0-9a-f-]+$/);

  await agreements.openList();
  await expect(agreements.row(title)).toContainText(`引企入校${school}、${sibot}2026-06-132029-06-12履行中`);
});

test('flags an agreement ending within 90 days until it is terminated; edits, deletes and restores it', async ({ shell }) => {
  const agreements = new AgreementsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await new UnitsPage(shell.page).create({ name: school, kind: '中职学校' });
  await new UnitsPage(shell.page).create({ name: sibot, kind: '企业' });
  await agreements.create({ alliance: lishui, kind: '订单班', title, parties: [school, sibot], termEnd: inDays(10) });
  await expect(shell.page.getByText('10 天后到期')).toBeVisible();
  await agreements.openList();
  await agreements.choose('到期提醒', '90 天内到期');
  await expect(agreements.row(title)).toBeVisible();

  await agreements.row(title).click();
  await agreements.edit({ status: '已终止' });
  await expect(agreements.shown('status')).toHaveText('已终止');
  await expect(shell.page.getByText('10 天后到期')).toBeHidden();
  await expect(shell.page.getByRole('list', { name: '修改记录' })).toContainText('状态: 履行中 → 已终止');
  await agreements.openList();
  await agreements.choose('到期提醒', '90 天内到期');
  await expect(agreements.count).toHaveText('0 / 1 条');

  await agreements.choose('到期提醒', '全部');
  await agreements.row(title).click();
  await agreements.delete();
  await agreements.openList();
  await expect(agreements.row(title)).toHaveCount(0);
  await agreements.showDeleted();
  await agreements.row(title).click();
  await shell.page.getByRole('button', { name: '恢复' }).click();
  await expect(shell.page.getByText('此记录已删除')).toBeHidden();
  await shell.reload();
  await expect(agreements.shown('status')).toHaveText('已终止');
});

test('refuses an agreement with one party or a term ending before it starts', async ({ shell }) => {
  const agreements = new AgreementsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await new UnitsPage(shell.page).create({ name: school, kind: '中职学校' });
  await new UnitsPage(shell.page).create({ name: sibot, kind: '企业' });
  await agreements.startNew();
  await agreements.fill({ alliance: lishui, title, parties: [school], termStart: '2026-06-13', termEnd: '2026-06-12' });
  await agreements.save();
  await expect(shell.page.getByText('协议至少需要两个签约单位')).toBeVisible();
  await expect(shell.page.getByText('结束日期不能早于开始日期')).toBeVisible();
  await agreements.fill({ parties: [sibot], termEnd: '2029-06-12' });
  await agreements.save();
  await expect(agreements.heading).toHaveText(title);
});

test('keeps a PDF scan of the agreement, shown by name after a reload', async ({ shell }) => {
  const agreements = new AgreementsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await new UnitsPage(shell.page).create({ name: school, kind: '中职学校' });
  await new UnitsPage(shell.page).create({ name: sibot, kind: '企业' });
  await agreements.create({ alliance: lishui, title, parties: [school, sibot] });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  await agreements.addScans([{ name: '引企入校合作协议（盖章版）.pdf', mimeType: 'application/pdf', buffer: pdf }]);
  await expect(agreements.scans().getByRole('listitem')).toHaveText('引企入校合作协议（盖章版）.pdf');
  await shell.reload();
  await expect(agreements.scans().getByRole('listitem', { name: '引企入校合作协议（盖章版）.pdf' })).toBeVisible();
});
