import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPdfEngine } from '../../electron/documents/chromium-pdf-engine';
import { prepareFontsDir } from '../../electron/documents/fonts-dir';
import type { LanedPdfEngine } from '../../electron/documents/pdf-engine';
import { pageSizes, poppler, repoRoot, type TextBox, textBoxes } from '../../electron/documents/test-support';
import { badgeGrid, renderBadgeSheetHtml } from './badge-sheet-html';
import { participationCertificate, tableCard } from './ceremony-templates';
import { renderProgrammeHtml } from './programme-html';
import { renderDocumentsHtml } from './render-html';
import { renderSignInSheetHtml, signInLayout } from './sign-in-sheet-html';

const ptPerMm = 72 / 25.4;

/** People of the corpus: compound surnames, characters of CJK Extensions A–E, and their real (long) employers. */
const corpusPeople = readFileSync(join(repoRoot, '../shared/corpus/people.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([name = '', , unit = '', position = '']) => ({ name: name.trim(), unit: unit.trim(), position: position.trim() }))
  .filter((person) => person.name !== '');
const longNames = readFileSync(join(repoRoot, '../shared/corpus/long-names.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

/** 40 people with 40 different units, among them the corpus's rare characters and its longest unit names (up to 80 characters). */
function participants(): { name: string; unit: string; position: string }[] {
  const rare = corpusPeople.filter((person) => /[\u3400-\u4dbf]|[\u{20000}-\u{3134f}]/u.test(person.name));
  const compound = corpusPeople.filter((person) => /^(司徒|诸葛|东方|皇甫|慕容|令狐|尉迟|公孙|独孤)/.test(person.name));
  const chosen = new Map<string, { name: string; unit: string; position: string }>();
  for (const person of [...rare, ...compound, ...corpusPeople]) {
    if (chosen.size >= 40) break;
    if ([...chosen.values()].some((other) => other.unit === person.unit || other.name === person.name)) continue;
    chosen.set(person.name, person);
  }
  const longest = [...longNames].sort((a, b) => b.length - a.length);
  return [...chosen.values()].map((person, index) => (index % 5 === 1 ? { ...person, unit: longest[Math.floor(index / 5)] ?? person.unit } : person));
}

type Word = TextBox;

/** Every word pdftotext finds, with its box in pt from the page's top left. */
const words = async (pdf: Uint8Array): Promise<Word[]> => (await textBoxes(pdf)).words;

/** The words inside a box (mm from the page's top left), in reading order, joined. */
function textIn(all: readonly Word[], page: number, box: { left: number; top: number; right: number; bottom: number }): string {
  const middle = (word: Word): number => (word.yMin + word.yMax) / 2;
  const inside = all
    .filter((word) => word.page === page)
    .filter((word) => {
      const x = (word.xMin + word.xMax) / 2 / ptPerMm;
      const y = middle(word) / ptPerMm;
      return x > box.left && x < box.right && y > box.top && y < box.bottom;
    })
    .sort((a, b) => middle(a) - middle(b));
  // Lines: a word whose middle lies within the line's first word's height, or the other way round (a
  // rare character's face sits higher or lower, and its box may be larger), each read left to right.
  const sameLine = (a: Word, b: Word): boolean => (middle(a) > b.yMin && middle(a) < b.yMax) || (middle(b) > a.yMin && middle(b) < a.yMax);
  const lines: Word[][] = [];
  for (const word of inside) {
    const line = lines.at(-1);
    if (line?.[0] && sameLine(word, line[0])) line.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin).map((word) => word.text).join('')).join('');
}

const heading = { allianceName: '丽水产教融合共同体', eventTitle: '2026年丽水产教融合共同体成立大会暨第一届理事会第一次会议', dateText: '2026年12月3日', venue: '丽水市会展中心三楼报告厅' };
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('ceremony papers as PDF', () => {
  let engine: LanedPdfEngine;
  let fontsBaseUrl: string;

  beforeAll(async () => {
    const fontsDir = await prepareFontsDir(repoRoot);
    fontsBaseUrl = 'http://127.0.0.1:9/fonts';
    engine = await openChromiumPdfEngine({ fontsDir, lanes: 1 });
  }, 60_000);
  afterAll(() => engine.close());

  it('prints the sign-in sheet on A4 pages, each name and unit once, in order, in its own cell, the long units fitted', async () => {
    const rows = participants();
    expect(rows).toHaveLength(40);
    const { html, pages } = renderSignInSheetHtml({ heading, rows, fontsBaseUrl });
    const pdf = await engine.renderPdf(html);
    expect(await pageSizes(pdf)).toEqual(Array.from({ length: pages }, () => '595x842'));
    expect(pages).toBe(3);
    const all = await words(pdf);
    const [seq, name, unit, position] = signInLayout.columns.reduce<{ left: number; right: number }[]>((columns, column) => {
      const left = columns.at(-1)?.right ?? signInLayout.leftMm;
      return [...columns, { left, right: left + column.widthMm }];
    }, []);
    if (!seq || !name || !unit || !position) throw new Error('the sign-in sheet has five columns');
    rows.forEach((row, index) => {
      const page = Math.floor(index / signInLayout.rowsPerPage);
      const top = signInLayout.tableTopMm + signInLayout.headRowMm + (index % signInLayout.rowsPerPage) * signInLayout.rowMm;
      const cell = (column: { left: number; right: number }): string => textIn(all, page, { ...column, top, bottom: top + signInLayout.rowMm });
      expect(cell(seq)).toBe(String(index + 1));
      expect(cell(name)).toBe(row.name);
      expect(cell(unit)).toBe(row.unit);
      expect(cell(position)).toBe(row.position);
    });
    // Once each in the whole document, so nothing spilled into a neighbouring row.
    const text = squeeze(all.map((word) => word.text).join(''));
    for (const row of rows) {
      expect(text.split(row.name).length - 1).toBe(1);
      expect(text.split(row.unit).length - 1).toBe(1);
    }
    // The heading and the column heads on every page, and the page numbers.
    for (let page = 0; page < pages; page += 1) {
      const sheet = squeeze(all.filter((word) => word.page === page).map((word) => word.text).join(''));
      expect(sheet).toContain('签到表');
      expect(sheet).toContain(heading.eventTitle);
      expect(textIn(all, page, { left: signInLayout.leftMm, right: 210 - signInLayout.leftMm, top: signInLayout.tableTopMm, bottom: signInLayout.tableTopMm + signInLayout.headRowMm })).toBe('序号姓名单位职务签名');
      expect(sheet).toContain(`第${String(page + 1)}页/共${String(pages)}页`);
    }
    // Every face embedded from the bundled fonts, none from the machine.
    const fonts = await poppler('pdffonts', pdf);
    expect(fonts).toMatch(/\+NotoSerifSC/);
    expect(fonts).not.toMatch(/Type 3|DejaVu|Liberation|NotoSansCJK/);
  }, 120_000);

  it('lists the programme in time order', async () => {
    const agenda = [
      { time: '10:20', title: '签署校企合作协议', speaker: '各合作单位代表' },
      { time: '09:00', title: '主持人宣布大会开始，介绍出席领导和嘉宾', speaker: '王海斌' },
      { time: '09:40', title: '为成员单位授牌、为专家指导委员会委员颁发聘书', speaker: '出席领导' },
      { time: '09:10', title: '宣读《关于成立丽水产教融合共同体的决定》', speaker: '欧阳𠮷' },
      { time: '11:00', title: '合影留念', speaker: '' },
    ];
    const pdf = await engine.renderPdf(renderProgrammeHtml({ heading, agenda, fontsBaseUrl }).html);
    expect(await pageSizes(pdf)).toEqual(['595x842']);
    const all = await words(pdf);
    const rowOf = (title: string): number => {
      const first = all.find((word) => word.text.startsWith(title.slice(0, 3)));
      if (!first) throw new Error(`${title} is not on the page`);
      return first.yMin;
    };
    const order = ['主持人宣布大会开始', '宣读《关于成立', '为成员单位授牌', '签署校企合作协议', '合影留念'].map(rowOf);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const text = squeeze(all.map((word) => word.text).join(''));
    expect(text).toContain('会议议程');
    expect(text).toContain('09:00主持人宣布大会开始，介绍出席领导和嘉宾王海斌');
  }, 60_000);

  it('prints a bold name with a character of Extension B from the bundled face on a table card', async () => {
    const { html } = renderDocumentsHtml({ template: tableCard, pages: [{ values: { recipientName: '𠮷颖敏' } }], fontsBaseUrl, forPreview: false });
    const fonts = await poppler('pdffonts', await engine.renderPdf(html));
    expect(fonts).toMatch(/\+HanaMinB/);
    expect(fonts).not.toMatch(/Type 3/);
  }, 60_000);

  it('prints a table card per person on one A4 landscape sheet, the name on both halves', async () => {
    // Rare characters are the sign-in sheet's test; here the two halves are: poppler cannot read a turned glyph of some faces.
    const people = ['欧阳明轩', '上官婉儿', '阿卜杜热合曼·买买提明'];
    const { html, problems } = renderDocumentsHtml({ template: tableCard, pages: people.map((recipientName) => ({ values: { recipientName } })), fontsBaseUrl, forPreview: false });
    expect(problems).toEqual([]);
    const pdf = await engine.renderPdf(html);
    expect(await pageSizes(pdf)).toEqual(['842x595', '842x595', '842x595']);
    const all = await words(pdf);
    people.forEach((person, page) => {
      const upper = textIn(all, page, { left: 0, right: 297, top: 0, bottom: 105 });
      const lower = textIn(all, page, { left: 0, right: 297, top: 105, bottom: 210 });
      // The far half is upside down: read in page order, its characters come reversed.
      expect(Array.from(upper).sort().join('')).toBe(Array.from(person).sort().join(''));
      expect(lower).toBe(person);
    });
  }, 60_000);

  it('puts eight 90 × 60 mm badges on each A4 sheet, each name in its own badge', async () => {
    const people = participants().slice(0, 17);
    const { html, pages } = renderBadgeSheetHtml({ heading, badges: people.map((person) => ({ name: person.name, unit: person.unit, role: '代表' })), fontsBaseUrl });
    const pdf = await engine.renderPdf(html);
    expect(await pageSizes(pdf)).toEqual(['595x842', '595x842', '595x842']);
    expect(pages).toBe(3);
    const all = await words(pdf);
    const grid = badgeGrid();
    people.forEach((person, index) => {
      const page = Math.floor(index / grid.perPage);
      const slot = index % grid.perPage;
      const left = grid.leftMm + (slot % grid.columns) * 90;
      const top = grid.topMm + Math.floor(slot / grid.columns) * 60;
      const badge = textIn(all, page, { left, right: left + 90, top, bottom: top + 60 });
      expect(badge).toContain(person.name);
      expect(badge).toContain(person.unit);
    });
    // Bold names with characters of Extension B (𠮷) come from the bundled face, embedded, never drawn by Chromium as Type 3.
    expect(people.some((person) => /[\u{20000}-\u{2a6df}]/u.test(person.name))).toBe(true);
    expect(await poppler('pdffonts', pdf)).toMatch(/\+HanaMinB/);
    expect(await poppler('pdffonts', pdf)).not.toMatch(/Type 3/);
    const perPage = [0, 1, 2].map((page) => people.filter((person) => squeeze(all.filter((word) => word.page === page).map((word) => word.text).join('')).includes(person.name)).length);
    expect(perPage).toEqual([8, 8, 1]);
  }, 60_000);

  it('prints the participation certificate with the number, the person and the event', async () => {
    const values = { recipientName: '诸葛𬘭', eventTitle: heading.eventTitle, allianceName: heading.allianceName, issuerName: heading.allianceName, issuedOnChinese: '二〇二六年十二月' };
    const { html, problems } = renderDocumentsHtml({ template: participationCertificate, pages: [{ values, number: 'LSCJ-2026-KQ001' }], fontsBaseUrl, forPreview: false });
    expect(problems).toEqual([]);
    const pdf = await engine.renderPdf(html);
    expect(await pageSizes(pdf)).toEqual(['842x595']);
    const text = squeeze((await poppler('pdftotext', pdf)).replaceAll('\f', ''));
    expect(text).toContain('参会证明');
    expect(text).toContain(`兹证明诸葛𬘭参加了${heading.eventTitle}。`);
    expect(text).toContain('LSCJ-2026-KQ001');
    // The body and the closing line are indented by the same two characters, to the millimetre.
    const all = await words(pdf);
    const startOf = (prefix: string): number => all.find((word) => word.text.startsWith(prefix))?.xMin ?? Number.NaN;
    expect(Math.abs(startOf('兹') - startOf('特此')) / ptPerMm).toBeLessThan(0.5);
    expect(startOf('兹') / ptPerMm).toBeGreaterThan(42 + 15);
  }, 60_000);
});
