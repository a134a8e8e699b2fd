import { expect, test } from './fixtures';
import type { PersonFields } from './pages/people-page';
import { PeoplePage } from './pages/people-page';

/**
 * Issue 12, point 9: five people created in a row once saved the 职称 and 专长 of the person
 * before into two people never given them. Each is created as fast as Playwright types, saved by
 * a click, a double click or Enter, and every field is checked on the new form, after saving and
 * after a reload.
 */
const five: (PersonFields & { name: string })[] = [
  { name: '欧阳𠮷', position: '实训中心主任', title: '高级技师', expertise: '技能竞赛' },
  { name: '上官㐂' },
  { name: '浙江丽水经济技术开发区智能装备产业创新服务综合体有限公司联络员李立进', phone: '0578-2123456' },
  { name: '朱美芬', title: '高级讲师' },
  { name: '黄毅', expertise: '数控技术' },
];
const ways = ['click', 'dblclick', 'enter', 'dblclick', 'click'] as const;
const shownFields = ['position', 'title', 'phone', 'expertise'] as const;

test('five people created in a row keep only their own fields, with double clicks and Enter', async ({ shell }) => {
  const page = shell.page;
  const people = new PeoplePage(page);
  const save = page.getByRole('button', { name: '保存', exact: true });

  for (const [index, person] of five.entries()) {
    await people.openList();
    await page.getByRole('button', { name: '新建人员' }).click();
    await expect(people.heading).toHaveText('新建人员');
    for (const label of ['姓名', '职务', '职称', '电话', '电子邮箱', '专长']) await expect(people.field(label)).toHaveValue('');
    await people.fill(person);
    if (ways[index] === 'click') await save.click();
    else if (ways[index] === 'dblclick') await save.dblclick();
    else await people.field('姓名').press('Enter');
    await expect(people.heading).toHaveText(person.name);
    for (const field of shownFields) await expect(people.shown(field)).toHaveText(person[field] ?? '—');
  }

  await shell.reload();
  await people.openList();
  // A double click saved once: five people, no copies.
  await expect(people.count).toContainText('5 条');
  for (const person of five) {
    await people.openList();
    await people.row(person.name).click();
    await expect(people.heading).toHaveText(person.name);
    for (const field of shownFields) await expect(people.shown(field)).toHaveText(person[field] ?? '—');
  }
});

test('a save still running when the user leaves does not take them off the next person’s form', async ({ shell }) => {
  const page = shell.page;
  const people = new PeoplePage(page);
  await people.openList();
  await page.getByRole('button', { name: '新建人员' }).click();
  await people.fill(five[0] ?? { name: '' });

  // Holds the people table in a transaction of its own, as a busy database would: the save waits behind it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('alliance-desk');
        open.onsuccess = () => {
          const store = open.result.transaction('people', 'readwrite').objectStore('people');
          const hold = window as unknown as { held: boolean };
          hold.held = true;
          const spin = (): void => {
            if (hold.held) store.get('none').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('navigation').getByRole('link', { name: '人员与专家' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '放弃修改并离开' }).click();
  await page.getByRole('button', { name: '新建人员' }).click();
  await people.fill({ name: '上官㐂' });
  await page.evaluate(() => ((window as unknown as { held: boolean }).held = false));

  // The first save lands, and the list counts it, while the next form stays as typed.
  await page.getByRole('navigation').getByRole('link', { name: '人员与专家' }).waitFor();
  await expect
    .poll(() => page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('alliance-desk');
      open.onsuccess = () => {
        const count = open.result.transaction('people').objectStore('people').count();
        count.onsuccess = () => resolve(count.result);
      };
    })))
    .toBe(1);
  await expect(people.heading).toHaveText('新建人员');
  await expect(people.field('姓名')).toHaveValue('上官㐂');
  await expect(people.field('职称')).toHaveValue('');
  await people.save();
  await expect(people.heading).toHaveText('上官㐂');
  await expect(people.shown('title')).toHaveText('—');
});
