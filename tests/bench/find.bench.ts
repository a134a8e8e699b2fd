import type { Page } from '@playwright/test';
import { test } from '../e2e/fixtures';
import { median, report, timeInPage, typeInto } from './measure';
import { makeRegistry } from './registry-data';
import { seedTables } from './seed-page';

const dialogInput = '[role=dialog] input[role=combobox]';
/** The dialog shows the results of exactly this query (the listbox names the query its results are for). */
const showsResultsFor = (query: string): string => `document.querySelector('[role=dialog] [role=listbox]')?.dataset.query === ${JSON.stringify(query)}`;
const countIs = (text: string): string => `document.querySelector('[data-testid=list-count]')?.textContent === ${JSON.stringify(text)}`;
const listShowsSome = `/^\\d+ \\/ 10000 条$/.test(document.querySelector('[data-testid=list-count]')?.textContent ?? '')`;

/** Each query typed a keystroke at a time, as a user types it: every prefix is one search. */
const queries = ['lsjm', '丽水精密', 'wanghaibin', '王海斌', 'mjzt', '9133'];

async function typeByKeystroke(page: Page, query: string): Promise<number[]> {
  const times: number[] = [];
  for (let length = 1; length <= query.length; length++) {
    const prefix = query.slice(0, length);
    times.push(await timeInPage(page, typeInto(dialogInput, prefix), showsResultsFor(prefix)));
  }
  await timeInPage(page, typeInto(dialogInput, ''), showsResultsFor(''));
  return times;
}

test('find anything: every keystroke of a search over 10,000 units, 30,000 people and 2,000 events', async ({ shell }) => {
  const page = shell.page;
  const data = makeRegistry();
  await seedTables(page, { alliances: data.alliances, units: data.units, memberships: data.memberships, people: data.people, events: data.events });
  await shell.reload();
  // As in the list benchmark: the app reads the registry into memory after start; a user searches seconds later.
  await page.waitForTimeout(5_000);

  const lines: string[] = [];
  await page.keyboard.press('Control+K');
  await page.locator(dialogInput).waitFor();
  // The first search after start, on a query no run has typed before, apart from the repeats.
  const [first = '', ...rest] = queries;
  lines.push(report(`find “${first}” per keystroke (first search)`, await typeByKeystroke(page, first), 100));
  const repeated: number[] = [];
  for (let round = 0; round < 3; round++) for (const query of rest) repeated.push(...(await typeByKeystroke(page, query)));
  lines.push(report(`find, ${rest.length} queries × 3, per keystroke`, repeated, 100));
  await page.keyboard.press('Escape');

  // The anchor, in the same run and page: the units list's own search box over the same rows.
  await page.getByRole('navigation').getByRole('link', { name: '成员单位' }).click();
  await page.getByTestId('list-count').waitFor();
  const anchor: number[] = [];
  for (let round = 0; round < 5; round++) {
    anchor.push(await timeInPage(page, typeInto('input[type=search]', '丽水精密'), listShowsSome));
    await timeInPage(page, typeInto('input[type=search]', ''), countIs('共 10000 条'));
  }
  lines.push(report('anchor: units list search “丽水精密”', anchor, 100));
  const ratio = `find per keystroke / list search: ${(median(repeated) / median(anchor)).toFixed(2)}×`;
  console.log(ratio);
  lines.push(ratio);
  test.info().annotations.push({ type: 'figures', description: lines.join('\n') });
});
