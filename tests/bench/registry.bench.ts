import { v7 as uuidv7 } from 'uuid';
import { test } from '../e2e/fixtures';
import { median, rawPut, report, timeInPage, typeInto } from './measure';
import { makeRegistry, stored } from './registry-data';
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

const batches = 5;
const batchSize = 1_000;
const batchName = (batch: number, index: number): string => `丽水第${batch + 1}批合作企业${String(index).padStart(4, '0')}号智能装备有限公司`;

test('registry: adding 1,000 selected units to an alliance, and the list with 10,000 rows selected', async ({ shell }) => {
  const page = shell.page;
  // 5,000 units as in the registry above, and 5 batches of 1,000 that no alliance has yet: 10,000 in all.
  const data = makeRegistry({ units: 10_000 - batches * batchSize, people: 0, events: 0 });
  const deviceId = uuidv7();
  const wallMs = Date.UTC(2026, 10, 22);
  const target = stored('alliances', { id: uuidv7(), name: '丽水数字经济产教联合体', kind: 'industry-education-community' }, deviceId, wallMs);
  const batchUnits = Array.from({ length: batches * batchSize }, (_unit, index) =>
    stored('units', { id: uuidv7(), name: batchName(Math.floor(index / batchSize), index % batchSize), kind: 'enterprise', region: '浙江省丽水市' }, deviceId, wallMs),
  );
  await seedTables(page, { alliances: [...data.alliances, target], units: [...data.units, ...batchUnits], memberships: data.memberships });
  await shell.reload();
  await page.waitForTimeout(5_000);
  await timeInPage(page, clickNav('成员单位'), countIs('共 10000 条'));

  const lines: string[] = [];
  const adds: number[] = [];
  const anchors: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    // Each batch is units the desk has not written before: no round warms up the next one's data.
    await page.getByRole('searchbox', { name: '搜索' }).fill(`丽水第${batch + 1}批`);
    await page.getByTestId('list-count').filter({ hasText: `${batchSize} / 10000 条` }).waitFor();
    await page.getByRole('checkbox', { name: `选择筛选出的全部 ${batchSize} 条` }).click();
    await page.getByTestId('selection-count').filter({ hasText: `已选 ${batchSize} 条` }).waitFor();
    await page.getByRole('button', { name: '加入联盟', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '联盟', exact: true }).fill('丽水数字经济');
    await page.getByRole('option', { name: '丽水数字经济产教联合体' }).click();
    await dialog.getByRole('combobox', { name: '联盟角色', exact: true }).click();
    await page.getByRole('option', { name: '理事单位', exact: true }).click();
    // From 确定 to the message saying all 1,000 were added, written in one transaction.
    adds.push(
      await timeInPage(
        page,
        `[...document.querySelectorAll('[role=dialog] button')].find((button) => button.textContent.trim() === '确定').click();`,
        `document.querySelector('.MuiSnackbarContent-message')?.textContent === '加入联盟：新增 ${batchSize} 条'`,
      ),
    );
    // The anchor: as many membership-sized records put raw, without validation, clocks, outbox or history.
    const anchorRows = Array.from({ length: batchSize }, (_row, i) => ({ id: `anchor-${batch}-${i}`, allianceId: 'anchor', unitId: `unit-${i}`, role: 'council-unit', status: 'active', joinedOn: null, representativeId: null, deleted: false }));
    anchors.push(await rawPut(page, `bench-bulk-anchor-${batch}`, 'memberships', anchorRows));
    await page.getByRole('button', { name: '取消选择' }).click();
    lines.push(report(`add ${batchSize} selected to an alliance (${batch === 0 ? 'first' : `again, ${batch} of ${batches - 1}`})`, adds.slice(-1), 1_000));
  }
  lines.push(report(`add ${batchSize} selected (again, ${batches - 1} times)`, adds.slice(1), 1_000));
  const anchorLine = `anchor: raw IndexedDB put of ${batchSize} memberships, median ${median(anchors).toFixed(0)} ms; bulk add = ${(median(adds.slice(1)) / median(anchors)).toFixed(1)}× anchor; first run ${adds[0]?.toFixed(0)} ms = ${((adds[0] ?? 0) / median(adds.slice(1))).toFixed(2)}× the repeats`;
  console.log(anchorLine);
  lines.push(anchorLine);

  // The list budgets (≤ 100 ms) with every one of 10,000 rows selected.
  await page.getByRole('searchbox', { name: '搜索' }).fill('');
  await page.getByTestId('list-count').filter({ hasText: '共 10000 条' }).waitFor();
  const selects: number[] = [];
  const searches: number[] = [];
  const plainSearches: number[] = [];
  for (let round = 0; round < 5; round++) {
    // The same search with nothing selected, in the same round: what the selection adds to it.
    plainSearches.push(await timeInPage(page, typeInto('input[type=search]', '丽水精密'), `/^\\d+ \\/ 10000 条$/.test(document.querySelector('[data-testid=list-count]')?.textContent ?? '')`));
    await timeInPage(page, typeInto('input[type=search]', ''), countIs('共 10000 条'));
    selects.push(await timeInPage(page, `document.querySelector('[role=columnheader] input[type=checkbox]').click();`, `document.querySelector('[data-testid=selection-count]')?.textContent === '已选 10000 条'`));
    searches.push(await timeInPage(page, typeInto('input[type=search]', '丽水精密'), `/^\\d+ \\/ 10000 条$/.test(document.querySelector('[data-testid=list-count]')?.textContent ?? '') && document.querySelector('[data-testid=selection-count]')?.textContent.startsWith('已选 10000 条（其中')`));
    await timeInPage(page, typeInto('input[type=search]', ''), countIs('共 10000 条'));
    await timeInPage(page, `document.querySelector('[role=columnheader] input[type=checkbox]').click();`, `document.querySelector('[data-testid=selection-count]') === null`);
  }
  lines.push(report('select all 10,000 filtered (header box)', selects, 100));
  lines.push(report('search, nothing selected (anchor)', plainSearches, 100));
  lines.push(report('search with 10,000 selected', searches, 100));
  const ratioLine = `search with 10,000 selected = ${(median(searches) / median(plainSearches)).toFixed(2)}× the same search with none`;
  console.log(ratioLine);
  lines.push(ratioLine);
  await timeInPage(page, clickNav('设置'), headingIs('设置'));
  const opens: number[] = [];
  for (let round = 0; round < 5; round++) {
    opens.push(await timeInPage(page, clickNav('成员单位'), countIs('共 10000 条')));
    await timeInPage(page, clickNav('设置'), headingIs('设置'));
  }
  lines.push(report('open 成员单位 with the selection column', opens, 100));
  test.info().annotations.push({ type: 'figures', description: lines.join('\n') });
});
