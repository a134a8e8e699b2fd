import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFontsDir } from '../../electron/documents/fonts-dir';
import { samplePlanHtml } from './plan-html';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Rendered {
  pages: string[];
  sizes: string[];
  fonts: string;
}

let dir = '';
let rendered: Rendered;

beforeAll(async () => {
  // The fonts folder as electron-builder lays it out in <resources>/fonts, made of the installed packages.
  dir = await prepareFontsDir(root, await mkdtemp(join(tmpdir(), 'plan-pdf-')));
  // A file:// page beside fonts.css, so the fonts load as they do from <resources>/fonts.
  await writeFile(join(dir, 'plan.html'), samplePlanHtml('.', 30));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`file://${join(dir, 'plan.html')}`);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    await page.pdf({ path: join(dir, 'plan.pdf'), preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
  const pdf = join(dir, 'plan.pdf');
  const info = (await run('pdfinfo', ['-f', '1', '-l', '999', pdf])).stdout;
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((match) => match[1] ?? '');
  const pages = await Promise.all(sizes.map(async (_, index) => (await run('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), pdf, '-'])).stdout));
  rendered = { pages, sizes, fonts: (await run('pdffonts', [pdf])).stdout };
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const portrait = '594.96 x 841.92';
const landscape = '841.92 x 594.96';
const squeeze = (text: string): string => text.replace(/\s+/g, '');

describe('action plan PDF (30 tasks, Chromium)', () => {
  it('opens on an A4 portrait page with the masthead, the title and the numbered headings', () => {
    expect(rendered.sizes[0]).toBe(portrait);
    const first = squeeze(rendered.pages[0] ?? '');
    expect(first).toContain('丽水智能制造产教融合共同体文件');
    expect(first).toContain('丽智共〔2024〕1号');
    expect(first).toContain('丽水智能制造产教融合共同体三年行动计划');
    expect(first).toContain('一、总体要求');
    const body = squeeze(rendered.pages.join(''));
    for (const heading of ['二、组织架构', '三、主要任务', '四、保障措施']) expect(body).toContain(heading);
  });

  it('numbers every page "— n —" at the foot', () => {
    expect(rendered.pages.length).toBeGreaterThanOrEqual(4);
    rendered.pages.forEach((text, index) => {
      const lines = text.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(new RegExp(`^\\s*—\\s*${String(index + 1)}\\s*—\\s*$`));
    });
  });

  it('puts the task table on landscape pages after the body, its header on every page', () => {
    const closing = rendered.pages.findIndex((text) => text.includes('2024年6月13日'));
    const firstTable = rendered.pages.findIndex((text) => text.includes('主要任务分工表'));
    expect(closing).toBeGreaterThan(-1);
    expect(firstTable).toBe(closing + 1);
    expect(rendered.sizes.slice(0, firstTable).every((size) => size === portrait)).toBe(true);
    const tablePages = rendered.pages.slice(firstTable);
    expect(tablePages.length).toBeGreaterThan(1);
    expect(rendered.sizes.slice(firstTable).every((size) => size === landscape)).toBe(true);
    for (const text of tablePages) expect(squeeze(text)).toMatch(/序号?.*主要任务.*具体内容.*牵头单位.*参与单位.*完成时限.*工作指标/);
    const table = squeeze(tablePages.join(''));
    expect(table).toContain('共建实训基地');
    expect(table).toContain('丽水市技工学校');
    expect(squeeze(rendered.pages.slice(0, firstTable).join(''))).not.toContain('共建实训基地');
    // Row 30 is the last row of the last page.
    expect(tablePages.at(-1)).toMatch(/^\s*30\s/m);
  });

  it('embeds only subsets of the bundled faces: 黑体 headings, the kai body, the serif title', () => {
    const rows = rendered.fonts.split('\n').slice(2).filter((line) => line.trim());
    const named = rows.map((line) => line.split(/\s+/)[0] ?? '');
    expect(rows.every((line) => /CID TrueType\s+Identity-H\s+yes\s+yes/.test(line))).toBe(true);
    expect(named.some((name) => /\+NotoSansSC/.test(name))).toBe(true);
    expect(named.some((name) => /\+LXGWWenKai/.test(name))).toBe(true);
    expect(named.some((name) => /\+NotoSerifSC/.test(name))).toBe(true);
    expect(named.filter((name) => !/^[A-Z]{6}\+(LXGWWenKai|NotoSerifSC|NotoSansSC|HanaMin[AB])/.test(name))).toEqual([]);
  });
});
