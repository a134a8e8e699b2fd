import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { AlliancesPage } from './pages/alliances-page';
import { PlansPage } from './pages/plans-page';
import { UnitsPage } from './pages/units-page';

const run = promisify(execFile);
const lishui = '丽水智能制造产教融合共同体';
const school = '丽水市职业高级中学';
const sibot = '丽水思博特精密制造有限公司';
const title = '丽水智能制造产教融合共同体三年行动计划（2024—2026年）';

/** The text of each page of a PDF (pdftotext -layout, pages split on form feeds), and each page's size. */
async function pdfPages(path: string): Promise<{ texts: string[]; sizes: string[] }> {
  const text = (await run('pdftotext', ['-layout', path, '-'])).stdout;
  const info = (await run('pdfinfo', ['-f', '1', '-l', '999', path])).stdout;
  return {
    texts: text.split('\f').slice(0, -1),
    sizes: [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => `${String(Math.round(Number(match[1])))}x${String(Math.round(Number(match[2])))}`),
  };
}

/** An alliance, one or two units, and a plan of two sections (the second typed with its own number) and three tasks. */
async function planWithThreeTasks(plans: PlansPage, withPartner: boolean): Promise<void> {
  await new AlliancesPage(plans.page).create({ name: lishui });
  await new UnitsPage(plans.page).create({ name: school, kind: '中职学校' });
  if (withPartner) await new UnitsPage(plans.page).create({ name: sibot, kind: '企业' });
  await plans.create({ alliance: lishui, title, periodFrom: '2024', periodTo: '2026', status: '已审议通过', issuer: lishui, documentNumber: '丽智共〔2024〕1号', issuedOn: '2024-06-13' });
  await plans.addSection('总体要求', '深化产教融合、校企合作，服务丽水智能制造产业高质量发展。\n（一）基本原则。坚持政府引导、学校主体、企业参与。');
  await plans.addSection('二、保障措施', '（一）加强组织领导。\n（二）完善制度建设。');
  await plans.addTask({ title: '共建产业学院', leadUnit: school, partnerUnits: withPartner ? [sibot] : [], dueOn: '2024-12-31', indicators: '建成产业学院1个' });
  await plans.addTask({ title: '共建实训基地', dueOn: '2025-06-30' });
  await plans.addTask({ title: '开展职工培训', leadUnit: school, indicators: '年培训1000人次' });
}

test('writes a plan, reorders its tasks, keeps the order after a reload and exports it as an official-document PDF', async ({ shell }, testInfo) => {
  const plans = new PlansPage(shell.page);
  await planWithThreeTasks(plans, false);
  await expect(plans.sectionHeadings()).toHaveText(['一、总体要求', '二、保障措施']);
  await expect(plans.taskTitles()).toHaveText(['共建产业学院', '共建实训基地', '开展职工培训']);

  await plans.move('开展职工培训', '上移');
  await expect(plans.taskTitles()).toHaveText(['共建产业学院', '开展职工培训', '共建实训基地']);
  await plans.move('共建产业学院', '下移');
  await expect(plans.taskTitles()).toHaveText(['开展职工培训', '共建产业学院', '共建实训基地']);
  await shell.reload();
  await expect(plans.taskTitles()).toHaveText(['开展职工培训', '共建产业学院', '共建实训基地']);
  await expect(plans.tasks.getByRole('row').filter({ hasText: '共建产业学院' })).toContainText(`${school}—2024-12-31建成产业学院1个未开始`);

  const download = await plans.export('导出 PDF');
  expect(download.suggestedFilename()).toBe(`${title}.pdf`);
  await expect(shell.page.getByText(`已开始下载 ${title}.pdf`)).toBeVisible();
  const path = testInfo.outputPath('plan.pdf');
  await download.saveAs(path);
  const { texts, sizes } = await pdfPages(path);
  const flat = texts.map((text) => text.replace(/\s+/g, ''));
  expect(sizes[0]).toBe('595x842');
  expect(flat[0]).toContain(`${lishui}文件`);
  expect(flat[0]).toContain('丽水智能制造产教融合共同体三年行动计划（2024—2026年）');
  expect(flat[0]).toContain('一、总体要求');
  expect(flat[0]).toContain('二、保障措施');
  expect(flat[0]).toContain('（一）基本原则。');
  texts.forEach((text, index) => expect(text.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^\\s*—\\s*${String(index + 1)}\\s*—\\s*$`)));
  // The signature closes the text; the task table follows on landscape pages of its own, in the order set above.
  const table = flat.findIndex((text) => text.includes('主要任务分工表'));
  expect(table).toBeGreaterThan(0);
  expect(flat[table - 1]).toMatch(/丽水智能制造产教融合共同体2024年6月13日—\d+—$/);
  expect(sizes.slice(0, table).every((size) => size === '595x842')).toBe(true);
  expect(sizes.slice(table).every((size) => size === '842x595')).toBe(true);
  expect(flat.slice(0, table).join('')).not.toContain('共建产业学院');
  const order = ['开展职工培训', '共建产业学院', '共建实训基地'].map((task) => flat.slice(table).join('').indexOf(task));
  expect(order.every((at) => at > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  // Only the bundled faces are embedded (the page numbers, drawn in the page margin, come as Type 3 glyphs).
  const fonts = (await run('pdffonts', [path])).stdout.split('\n').slice(2).map((line) => line.split(/\s+/)[0] ?? '');
  expect(fonts.filter((name) => name && name !== '[none]' && !/\+(NotoSerifSC|NotoSansSC|LXGWWenKai|HanaMin[AB])/.test(name))).toEqual([]);
  // The headings 一、二、… are 黑体 (GB/T 9704), as in the .docx.
  expect(fonts.some((name) => /\+NotoSansSC/.test(name))).toBe(true);
});

test('deletes and restores a section and a task, renumbering the headings, and exports the plan to Word', async ({ shell }, testInfo) => {
  const plans = new PlansPage(shell.page);
  await planWithThreeTasks(plans, true);

  await plans.remove('总体要求');
  await expect(plans.sectionHeadings()).toHaveText(['一、保障措施']);
  await plans.remove('共建实训基地');
  await expect(plans.taskTitles()).toHaveText(['共建产业学院', '开展职工培训']);
  await shell.page.getByRole('alert').filter({ hasText: '已删除该任务' }).getByRole('button', { name: '撤销' }).click();
  await expect(plans.taskTitles()).toHaveText(['共建产业学院', '共建实训基地', '开展职工培训']);

  await shell.page.getByLabel('显示已删除').check();
  await plans.restore('总体要求');
  await expect(plans.sectionHeadings()).toHaveText(['一、总体要求', '二、保障措施']);

  const download = await plans.export('导出 Word');
  expect(download.suggestedFilename()).toBe(`${title}.docx`);
  const path = testInfo.outputPath('plan.docx');
  await download.saveAs(path);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml'] ?? new Uint8Array());
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('丽水智能制造产教融合共同体三年行动计划');
  expect(text).toContain('一、总体要求');
  expect(text).toContain('二、保障措施');
  const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0].replace(/<[^>]+>/g, ''));
  expect(rows.slice(1)).toEqual([
    `1共建产业学院${school}${sibot}2024年12月31日建成产业学院1个`,
    '2共建实训基地2025年6月30日',
    `3开展职工培训${school}年培训1000人次`,
  ]);
});
