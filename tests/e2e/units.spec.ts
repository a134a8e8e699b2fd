import { expect, test } from './fixtures';
import { addParticipant, createAgreement, createAlliance, createEvent, UnitsPage } from './pages/units-page';

const lishuiHigh = { name: '丽水市职业高级中学', kind: '中职学校', creditCode: '9144030071526726XG', region: '浙江省丽水市' };

test('creates a unit with a valid credit code and finds it in the list after a reload', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await units.create({ ...lishuiHigh, creditCode: '9144 0300 7152 6726 xg' });
  await expect(shell.page.getByText('单位已创建')).toBeVisible();
  await expect(units.shown('kind')).toHaveText('中职学校');
  // Spaces and lower case as pasted are stored in the code's own form.
  await expect(units.shown('creditCode')).toHaveText('9144030071526726XG');

  await units.openList();
  await expect(units.row(lishuiHigh.name)).toContainText(['中职学校', '9144030071526726XG', '浙江省丽水市'].join(''));
  await shell.reload();
  await expect(units.row(lishuiHigh.name)).toBeVisible();
  await expect(units.count).toHaveText('共 1 条');
});

test('refuses a credit code with a wrong check character and saves nothing', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await units.openList();
  await shell.page.getByRole('button', { name: '新建单位' }).click();
  await units.fill({ ...lishuiHigh, creditCode: '9144030071526726XA' });
  await units.save();
  await expect(shell.page.getByText('统一社会信用代码校验位不正确，请核对')).toBeVisible();
  await expect(units.field('统一社会信用代码')).toHaveAttribute('aria-invalid', 'true');
  await expect(units.heading).toHaveText('新建单位');

  await shell.page.getByRole('button', { name: '取消' }).click();
  await expect(units.heading).toHaveText('成员单位');
  await expect(units.count).toHaveText('共 0 条');
});

test('edits, deletes and restores a unit', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await units.create(lishuiHigh);
  await units.edit({ shortName: '丽水职高', address: '浙江省丽水市莲都区' });
  await expect(units.shown('shortName')).toHaveText('丽水职高');
  await expect(shell.page.getByRole('list', { name: '修改记录' })).toContainText('简称: （空） → 丽水职高');
  await shell.reload();
  await expect(units.shown('address')).toHaveText('浙江省丽水市莲都区');

  await units.delete();
  await units.openList();
  await expect(units.row(lishuiHigh.name)).toHaveCount(0);
  await units.showDeleted();
  await units.row(lishuiHigh.name).click();
  await shell.page.getByRole('button', { name: '恢复' }).click();
  await expect(shell.page.getByText('此记录已删除')).toBeHidden();
  await units.openList();
  await expect(units.row(lishuiHigh.name)).toBeVisible();
});

test('shows a name with markup as typed', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await units.create({ name: '<b>思博特</b>精密制造', kind: '企业' });
  await expect(units.heading).toHaveText('<b>思博特</b>精密制造');
  await units.openList();
  await expect(units.row('<b>思博特</b>精密制造')).toBeVisible();
});

const community = '丽水智能制造产教融合共同体';

test('a unit shows its role in an alliance, and the list filters units by role', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await createAlliance(shell.page, community);
  await units.create(lishuiHigh);
  await units.addMembership(community, '牵头单位', '2026-06-13');
  await expect(units.card('联盟角色').getByRole('row').filter({ hasText: community })).toContainText(['牵头单位', '2026-06-13', '正式成员'].join(''));

  await units.openList();
  await expect(units.row(lishuiHigh.name)).toContainText('牵头单位');
  await units.choose('联盟角色', '理事单位');
  await expect(units.row(lishuiHigh.name)).toHaveCount(0);
  await units.choose('联盟角色', '牵头单位');
  await expect(shell.page).toHaveURL(/role=lead-unit/);
  await expect(units.row(lishuiHigh.name)).toBeVisible();
});

test('changes a membership, deletes it and takes the deletion back', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await createAlliance(shell.page, community);
  await units.create(lishuiHigh);
  await units.addMembership(community, '成员单位', '2026-06-13');
  const memberships = units.card('联盟角色');

  await memberships.getByRole('button', { name: `修改联盟角色: ${community} 成员单位` }).click();
  await units.choose('角色', '理事单位');
  await shell.page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(memberships.getByRole('row').filter({ hasText: community })).toContainText('理事单位');

  // A second membership in the same alliance is refused: the role of the first one is changed instead.
  await memberships.getByRole('button', { name: '添加联盟角色' }).click();
  const dialog = shell.page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '联盟' }).fill(community);
  await shell.page.getByRole('option', { name: community }).click();
  await expect(dialog).toContainText('该单位已是此联盟的理事单位');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(memberships.getByRole('row').filter({ hasText: community })).toHaveCount(1);

  await memberships.getByRole('button', { name: `删除联盟角色: ${community} 理事单位` }).click();
  await expect(memberships).toContainText('尚未加入任何联盟。');
  await shell.page.getByRole('button', { name: '撤销' }).click();
  await expect(memberships.getByRole('row').filter({ hasText: community })).toContainText('理事单位');
});

const sibot = '丽水思博特精密制造有限公司';

/** Sibot with its general manager, added from the unit's page, then Lishui Vocational High School. */
async function twoUnitsAndAManager(units: UnitsPage): Promise<void> {
  await units.create({ name: sibot, kind: '企业' });
  await units.card('本单位人员').getByRole('button', { name: '添加人员' }).click();
  await expect(units.page.getByRole('combobox', { name: '工作单位' })).toHaveValue(sibot);
  await units.page.getByRole('textbox', { name: '姓名', exact: true }).fill('黄毅');
  await units.page.getByRole('textbox', { name: '职务', exact: true }).fill('总经理');
  await units.save();
  await expect(units.heading).toHaveText('黄毅');
  await units.page.getByRole('link', { name: sibot }).click();
  await expect(units.card('本单位人员').getByRole('row').filter({ hasText: '黄毅' })).toContainText('总经理');
  await units.create(lishuiHigh);
}

test('the representative of a membership is chosen from the unit’s own people first', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  await createAlliance(shell.page, community);
  await twoUnitsAndAManager(units);
  await units.card('本单位人员').getByRole('button', { name: '添加人员' }).click();
  await units.page.getByRole('textbox', { name: '姓名', exact: true }).fill('王晓梅');
  await units.save();
  await units.page.getByRole('link', { name: lishuiHigh.name }).click();

  await units.card('联盟角色').getByRole('button', { name: '添加联盟角色' }).click();
  const dialog = shell.page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '联盟' }).fill(community);
  await shell.page.getByRole('option', { name: community }).click();
  await dialog.getByRole('combobox', { name: '角色', exact: true }).click();
  await shell.page.getByRole('option', { name: '成员单位', exact: true }).click();
  await dialog.getByRole('combobox', { name: '单位代表' }).click();
  await expect(shell.page.getByRole('listbox')).toHaveText(/^本单位人员王晓梅其他人员黄毅$/);
  await shell.page.getByRole('option', { name: '王晓梅' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(units.card('联盟角色').getByRole('row').filter({ hasText: community })).toContainText('王晓梅');
});

test('a unit and a signatory show the agreements they are party to', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  const agreement = '丽水市职业高级中学与丽水思博特精密制造有限公司引企入校合作协议';
  await createAlliance(shell.page, community);
  await twoUnitsAndAManager(units);
  await createAgreement(shell.page, { alliance: community, title: agreement, parties: [lishuiHigh.name, sibot], signatories: ['黄毅'] });

  await units.openList();
  await units.row(lishuiHigh.name).click();
  await expect(units.card('合作协议').getByRole('row').filter({ hasText: agreement })).toContainText('履行中');
  await units.openList();
  await units.row(sibot).click();
  await units.card('本单位人员').getByRole('link', { name: '黄毅' }).click();
  await units.card('签署的协议').getByRole('link', { name: agreement }).click();
  await expect(units.heading).toHaveText(agreement);
});

test('units and people show the events they hosted or attended', async ({ shell }) => {
  const units = new UnitsPage(shell.page);
  const ceremony = '丽水智能制造产教融合共同体成立启动仪式';
  await createAlliance(shell.page, community);
  await twoUnitsAndAManager(units);
  await expect(units.card('活动')).toContainText('尚无本单位承办或参加的活动。');
  await createEvent(shell.page, { alliance: community, title: ceremony, startsOn: '2026-06-13', host: lishuiHigh.name });
  await addParticipant(shell.page, '单位', sibot);
  await addParticipant(shell.page, '人员', '黄毅');

  await units.openList();
  await units.row(lishuiHigh.name).click();
  await expect(units.card('活动').getByRole('row').filter({ hasText: ceremony })).toContainText(['2026-06-13', '承办单位'].join(''));
  await units.openList();
  await units.row(sibot).click();
  await expect(units.card('活动').getByRole('row').filter({ hasText: ceremony })).toContainText('代表');
  await units.card('本单位人员').getByRole('link', { name: '黄毅' }).click();
  await units.card('参加的活动').getByRole('link', { name: ceremony }).click();
  await expect(units.heading).toHaveText(ceremony);
});
