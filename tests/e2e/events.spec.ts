import { expect, test } from './fixtures';
import { AlliancesPage } from './pages/alliances-page';
import { EventsPage, solidPng } from './pages/events-page';
import { PeoplePage } from './pages/people-page';
import { UnitsPage } from './pages/units-page';

const lishui = '丽水智能制造产教融合共同体';
const launch = '丽水智能制造产教融合共同体成立启动仪式';

test('creates an event, edits, deletes and restores it', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await new UnitsPage(shell.page).create({ name: '丽水市职业高级中学', kind: '中职学校' });
  await events.create({ alliance: lishui, kind: '启动仪式', title: launch, startsOn: '2026-06-13', venue: '丽水市职业高级中学', host: '丽水市职业高级中学' });
  await expect(events.shown('allianceId')).toHaveText(lishui);
  await expect(events.shown('kind')).toHaveText('启动仪式');
  await expect(events.shown('hostUnitId').getByRole('link', { name: '丽水市职业高级中学' })).toHaveAttribute('href', /#\/units\/[0-9a-f-]+$/);

  await events.edit({ kind: '成立大会', endsOn: '2026-06-14' });
  await expect(events.shown('startsOn')).toHaveText('2026-06-13 — 2026-06-14');
  await expect(shell.page.getByRole('list', { name: '修改记录' })).toContainText('活动类型: 启动仪式 → 成立大会');
  await shell.reload();
  await expect(events.shown('kind')).toHaveText('成立大会');

  await events.openList();
  await expect(events.row(launch)).toContainText('成立大会2026-06-13 — 2026-06-14丽水市职业高级中学' + lishui + '丽水市职业高级中学');
  await events.row(launch).click();
  await events.delete();
  await events.openList();
  await expect(events.row(launch)).toHaveCount(0);
  await events.showDeleted();
  await events.row(launch).click();
  await shell.page.getByRole('button', { name: '恢复' }).click();
  await expect(shell.page.getByText('此记录已删除')).toBeHidden();
  await events.openList();
  await expect(events.row(launch)).toBeVisible();
});

test('refuses an event that ends before it starts, and one without an alliance', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await events.openList();
  await shell.page.getByRole('button', { name: '登记活动' }).click();
  await events.fill({ title: launch, startsOn: '2026-06-13', endsOn: '2026-06-12' });
  await events.save();
  await expect(shell.page.getByText('必填')).toBeVisible();
  await events.fill({ alliance: lishui });
  await events.save();
  await expect(shell.page.getByText('结束日期不能早于开始日期')).toBeVisible();
  await expect(events.heading).toHaveText('登记活动');
  await events.fill({ endsOn: '2026-06-13' });
  await events.save();
  await expect(events.heading).toHaveText(launch);
});

test('keeps the agenda in the order set after a reload', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await events.create({ alliance: lishui, kind: '启动仪式', title: launch, startsOn: '2026-06-13' });

  await events.addAgendaItem('9:00', '领导致辞', '李立进');
  await events.addAgendaItem('9：20', '解读共同体行动方案', '朱美芬');
  await events.addAgendaItem('0940', '授牌和颁发聘书', '');
  await shell.page.getByRole('button', { name: '第 2 项上移' }).click();
  await shell.page.getByRole('button', { name: '删除第 3 项' }).click();
  await events.saveAgenda();

  await shell.reload();
  await expect(events.agendaField('时间', 1)).toHaveValue('09:20');
  await expect(events.agendaField('议程内容', 1)).toHaveValue('解读共同体行动方案');
  await expect(events.agendaField('时间', 2)).toHaveValue('09:00');
  await expect(events.agendaField('发言人 / 主持人', 2)).toHaveValue('李立进');
  await expect(events.agendaField('时间', 3)).toHaveCount(0);
});

test('keeps who attended, person or unit, and the minutes', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await new UnitsPage(shell.page).create({ name: '丽水市思博特精密制造有限公司', kind: '企业' });
  await new PeoplePage(shell.page).create({ name: '桑文勇' });
  await events.create({ alliance: lishui, kind: '启动仪式', title: launch, startsOn: '2026-06-13' });

  await events.addParticipant('单位', '丽水市思博特精密制造有限公司', '代表');
  await events.addParticipant('人员', '桑文勇', '出席领导');
  await shell.page.getByRole('textbox', { name: '会议纪要' }).fill('共同体正式成立。\n签订引企入校合作协议。');
  const saveMinutes = events.card('会议纪要').getByRole('button', { name: '保存', exact: true });
  await saveMinutes.click();
  // Saved: the field holds what is stored, so Save and Discard go away.
  await expect(saveMinutes).toBeHidden();

  await shell.reload();
  // Guest leaders are listed first, as a programme lists them.
  await expect(events.participants().getByRole('listitem')).toHaveText([/桑文勇.*出席领导/, /丽水市思博特精密制造有限公司.*代表/]);
  await expect(events.participants().getByRole('link', { name: '桑文勇' })).toHaveAttribute('href', /#\/people\/[0-9a-f-]+$/);
  await expect(shell.page.getByRole('textbox', { name: '会议纪要' })).toHaveValue('共同体正式成立。\n签订引企入校合作协议。');

  await shell.page.getByRole('button', { name: '移除 桑文勇' }).click();
  await expect(events.participants().getByRole('listitem')).toHaveCount(1);
  // Removed by mistake: the snackbar brings the participant back, role and all.
  await expect(shell.page.getByText('已从名单移除 桑文勇')).toBeVisible();
  await shell.page.getByRole('button', { name: '撤销' }).click();
  await expect(events.participants().getByRole('listitem')).toHaveText([/桑文勇.*出席领导/, /丽水市思博特精密制造有限公司.*代表/]);
});

test('refuses an agenda time that is not a time, and saves nothing of the agenda', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await events.create({ alliance: lishui, kind: '研讨会', title: '共同体发展研讨会', startsOn: '2026-06-13' });
  await events.addAgendaItem('25:00', '研讨', '');
  await events.card('议程').getByRole('button', { name: '保存', exact: true }).click();
  await expect(events.card('议程').getByText('时间格式应为 09:30')).toBeVisible();
  await shell.reload();
  await expect(events.card('议程')).toContainText('尚未填写议程。');
});

test('a photo added to an event shows as a thumbnail after a reload, and can be removed', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await events.create({ alliance: lishui, kind: '启动仪式', title: launch, startsOn: '2026-06-13' });

  await events.addPhotos([
    { name: 'ia_100000001.png', mimeType: 'image/png', buffer: solidPng(40, 30, [29, 79, 145]) },
    { name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,类型\n') },
  ]);
  await expect(events.photos().getByRole('img', { name: 'ia_100000001.png' })).toBeVisible();
  await expect(events.photos().getByRole('alert')).toContainText('members.csv：只能添加图片（JPG、PNG、GIF、WebP、BMP）或 PDF 扫描件');

  await shell.reload();
  const thumbnail = events.photos().getByRole('img', { name: 'ia_100000001.png' });
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await expect(events.photos().getByRole('listitem')).toHaveCount(1);

  await events.photos().getByRole('button', { name: '移除 ia_100000001.png' }).click();
  await expect(events.photos()).toContainText('暂无');
  await shell.reload();
  await expect(events.photos()).toContainText('暂无');
});

test('the list filters by alliance, kind and year from the address', async ({ shell }) => {
  const events = new EventsPage(shell.page);
  await new AlliancesPage(shell.page).create({ name: lishui });
  await new AlliancesPage(shell.page).create({ name: '先进制造职业教育集团' });
  await events.create({ alliance: lishui, kind: '研讨会', title: '共同体发展研讨会', startsOn: '2026-06-13' });
  await events.create({ alliance: lishui, kind: '研讨会', title: '往年研讨会', startsOn: '2025-06-13' });
  await events.create({ alliance: '先进制造职业教育集团', kind: '研讨会', title: '集团研讨会', startsOn: '2026-05-09' });

  await events.openList();
  await events.choose('年度', '2026 年');
  await expect(events.count).toHaveText('2 / 3 条');
  await events.choose('所属联盟', lishui);
  await expect(events.count).toHaveText('1 / 3 条');
  await expect(events.row('共同体发展研讨会')).toBeVisible();
  await shell.reload();
  await expect(events.count).toHaveText('1 / 3 条');
  await events.choose('活动类型', '专题讲座');
  await expect(events.count).toHaveText('0 / 3 条');
});
