import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { createAlliance } from './pages/units-page';

test('creates, edits, deletes and restores a person', async ({ shell }) => {
  const people = new PeoplePage(shell.page);
  await people.create({ name: '朱美芬', position: '校长助理' });
  await expect(shell.page.getByText('人员已创建')).toBeVisible();
  await expect(people.shown('position')).toHaveText('校长助理');

  await people.edit({ title: '高级讲师', phone: '0578-2123456', expertise: '智能制造专业群建设' });
  await expect(people.shown('title')).toHaveText('高级讲师');
  await shell.reload();
  await expect(people.shown('phone')).toHaveText('0578-2123456');
  const history = shell.page.getByRole('list', { name: '修改记录' });
  await expect(history).toContainText('职称: （空） → 高级讲师');
  await expect(history.getByRole('listitem').filter({ hasText: '职称: （空） → 高级讲师' })).toContainText('本机');

  // Undo beyond restore: the earlier value comes back as a change of its own, kept after a reload.
  await history.getByRole('listitem').filter({ hasText: '电话: （空） → 0578-2123456' }).getByRole('button', { name: '改回“（空）”' }).click();
  await expect(people.shown('phone')).toHaveText('—');
  await shell.reload();
  await expect(people.shown('phone')).toHaveText('—');
  await expect(history).toContainText('电话: 0578-2123456 → （空）');
  await expect(people.shown('title')).toHaveText('高级讲师');
  // While the form holds changes the history offers no put-back: saving the form would write over it.
  await shell.page.getByRole('button', { name: '编辑' }).click();
  await people.fill({ position: '副校长' });
  await expect(history.getByRole('button', { name: /^改回/ })).toHaveCount(0);
  await shell.page.getByRole('button', { name: '取消' }).click();
  await expect(history.getByRole('button', { name: /^改回/ }).first()).toBeVisible();

  await people.delete();
  await people.openList();
  await expect(people.row('朱美芬')).toHaveCount(0);
  await people.showDeleted();
  await people.row('朱美芬').click();
  await shell.page.getByRole('button', { name: '恢复' }).click();
  await expect(shell.page.getByText('此记录已删除')).toBeHidden();
  await people.openList();
  await expect(people.row('朱美芬')).toContainText(['朱美芬', '校长助理', '高级讲师'].join(''));
});

test('refuses a bad e-mail address under its field', async ({ shell }) => {
  const people = new PeoplePage(shell.page);
  await people.openList();
  await shell.page.getByRole('button', { name: '新建人员' }).click();
  await people.fill({ name: '黄毅', email: 'huangyi@' });
  await people.save();
  await expect(shell.page.getByText('电子邮箱格式不正确')).toBeVisible();
  await expect(people.heading).toHaveText('新建人员');
});

test('appoints an expert to the Expert Steering Committee for a term and finds them by body in the list', async ({ shell }) => {
  const people = new PeoplePage(shell.page);
  await createAlliance(shell.page, '丽水智能制造产教融合共同体');
  await people.create({ name: '黄毅' });
  await people.create({ name: '李立进', position: '党总支书记、校长' });

  await people.addAppointment({ alliance: '丽水智能制造产教融合共同体', body: '专家指导委员会', role: '委员', termStart: '2026-06-13', termEnd: '2026-06-12' });
  const dialog = people.appointmentDialog();
  await expect(dialog.getByText('结束日期不能早于开始日期')).toBeVisible();
  await expect(dialog.getByLabel('任期结束')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('任期结束').fill('2029-06-12');
  await people.save(dialog);
  await expect(dialog).toBeHidden();
  await expect(people.appointments().getByRole('row').filter({ hasText: '专家指导委员会' })).toContainText(['委员', '2026-06-13', '2029-06-12'].join(''));

  await people.openList();
  await expect(people.row('李立进')).toContainText('专家指导委员会 委员');
  await people.choose(shell.page, '机构', '专家指导委员会');
  await expect(shell.page).toHaveURL(/body=expert-steering-committee/);
  await expect(people.row('李立进')).toBeVisible();
  await expect(people.row('黄毅')).toHaveCount(0);
  await expect(people.count).toHaveText('1 / 2 条');
});
