import { expect, test } from './fixtures';
import { EventsPage } from './pages/events-page';
import { PeoplePage } from './pages/people-page';
import { createAlliance } from './pages/units-page';

test('leaving a form or the agenda with unsaved changes asks first; saving and 取消 do not', async ({ shell }) => {
  const page = shell.page;
  const people = new PeoplePage(page);
  const dialog = page.getByRole('dialog', { name: '有未保存的修改' });

  await people.openList();
  await page.getByRole('button', { name: '新建人员' }).click();
  await people.field('姓名').click();
  await people.fill({ name: '欧阳𠮷', title: '高级技师' });
  await page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
  await expect(dialog).toContainText('离开后，这些修改会丢失');
  await dialog.getByRole('button', { name: '继续编辑' }).click();
  await expect(people.heading).toHaveText('新建人员');
  await expect(people.field('职称')).toHaveValue('高级技师');

  // Closing or reloading the window: the browser's own question.
  const asked = new Promise<string>((resolve) => page.once('dialog', (question) => void question.dismiss().then(() => resolve(question.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect(people.field('职称')).toHaveValue('高级技师');

  await page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
  await dialog.getByRole('button', { name: '放弃修改并离开' }).click();
  await expect(people.heading).toHaveText('活动');

  // 取消 is the user's own answer; a saved form leaves without a word.
  await people.openList();
  await page.getByRole('button', { name: '新建人员' }).click();
  await people.fill({ name: '上官㐂' });
  await page.getByRole('button', { name: '取消' }).click();
  await expect(people.heading).toHaveText('人员与专家');
  await expect(dialog).toBeHidden();

  // The agenda editor has its own 保存.
  const events = new EventsPage(page);
  await createAlliance(page, '丽水市智能制造产教融合共同体（浙西南山区职业教育集团）');
  await events.create({ alliance: '丽水市智能制造产教融合共同体（浙西南山区职业教育集团）', title: '2026 年理事会', startsOn: '2026-06-13' });
  await events.addAgendaItem('09:30', '开幕式', '欧阳𠮷');
  await page.getByRole('navigation').getByRole('link', { name: '人员与专家' }).click();
  await dialog.getByRole('button', { name: '继续编辑' }).click();
  await expect(events.agendaField('议程内容', 1)).toHaveValue('开幕式');
  await events.saveAgenda();
  await people.openList();
  await expect(dialog).toBeHidden();
});
