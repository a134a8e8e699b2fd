import { test } from '../e2e/fixtures';
import { report, timeInPage, typeInto } from './measure';
import { makeRegistry } from './registry-data';
import { seedTables } from './seed-page';

const clickNav = (label: string): string => `[...document.querySelectorAll('nav a')].find((link) => link.textContent.trim() === ${JSON.stringify(label)}).click();`;
const countIs = (text: string): string => `document.querySelector('[data-testid=list-count]')?.textContent === ${JSON.stringify(text)}`;
const headingIs = (text: string): string => `document.querySelector('main h1')?.textContent === ${JSON.stringify(text)}`;

const lists = [
  { nav: '成员单位', count: '共 10000 条', search: '丽水精密', searchNot: '共 10000 条' },
  { nav: '人员与专家', count: '共 30000 条', search: '王海斌', searchNot: '共 30000 条' },
  { nav: '活动', count: '共 2000 条', search: '模具专题', searchNot: '共 2000 条' },
];

test('registry: opening lists and searching with 10,000 units, 30,000 people and 2,000 events', async ({ shell }) => {
  const page = shell.page;
  const generated = Date.now();
  const data = makeRegistry();
  console.log(`generated the registry in ${Date.now() - generated} ms`);
  const seeded = Date.now();
  await seedTables(page, { alliances: data.alliances, units: data.units, memberships: data.memberships, people: data.people, events: data.events });
  console.log(`seeded IndexedDB in ${Date.now() - seeded} ms`);
  await shell.reload();
  // The app reads the registry into memory in the background after start; a user opens a list seconds later.
  await page.waitForTimeout(5_000);
  await timeInPage(page, clickNav('设置'), headingIs('设置'));

  const lines: string[] = [];
  for (const list of lists) {
    const opens: number[] = [];
    for (let round = 0; round < 6; round++) {
      opens.push(await timeInPage(page, clickNav(list.nav), countIs(list.count)));
      if (round === 0) lines.push(report(`open ${list.nav} (first, 5 s after start)`, opens, 100));
      await timeInPage(page, clickNav('设置'), headingIs('设置'));
    }
    lines.push(report(`open ${list.nav} (again, 5 times)`, opens.slice(1), 100));

    await timeInPage(page, clickNav(list.nav), countIs(list.count));
    const searches: number[] = [];
    for (let round = 0; round < 5; round++) {
      searches.push(await timeInPage(page, typeInto('input[type=search]', list.search), `(${countIs(list.searchNot)}) === false && /\\d+ \\/ \\d+/.test(document.querySelector('[data-testid=list-count]')?.textContent ?? '')`));
      await timeInPage(page, typeInto('input[type=search]', ''), countIs(list.count));
    }
    lines.push(report(`search ${list.nav} for “${list.search}”`, searches, 100));
    await timeInPage(page, clickNav('设置'), headingIs('设置'));
  }
  test.info().annotations.push({ type: 'figures', description: lines.join('\n') });
});
