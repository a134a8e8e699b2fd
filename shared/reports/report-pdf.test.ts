import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFontsDir } from '../../electron/documents/fonts-dir';
import { reportDocument } from './report-document';
import { reportHtml } from './report-html';
import { sampleEvents, sampleFigures } from './report-sample';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const document = reportDocument(sampleFigures, '丽水智能制造产教融合共同体', sampleEvents, 'zh-CN');

let dir = '';
let text = '';
let pages: string[] = [];
let fonts = '';

beforeAll(async () => {
  dir = await prepareFontsDir(root, await mkdtemp(join(tmpdir(), 'report-pdf-')));
  await writeFile(join(dir, 'report.html'), reportHtml(document, '.'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`file://${join(dir, 'report.html')}`);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    await page.pdf({ path: join(dir, 'report.pdf'), preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
  const pdf = join(dir, 'report.pdf');
  text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  pages = text.split('\f').filter((page) => page.trim());
  fonts = (await run("pdffonts", [pdf])).stdout;
  if (process.env.REPORT_PNG_DIR) await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(process.env.REPORT_PNG_DIR, 'report-page')]);
}, 90_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const squeeze = (value: string): string => value.replace(/\s+/g, '');

describe('the annual report as a PDF (Chromium)', () => {
  it('opens with the title and numbered sections, and holds every figure with its label and value', () => {
    const all = squeeze(text);
    expect(squeeze(pages[0] ?? '')).toContain('丽水智能制造产教融合共同体2024年度工作报告');
    for (const [index, heading] of ['一、成员单位', '二、专家指导委员会', '三、活动开展', '四、合作协议', '五、证书与聘书', '六、行动计划任务', '七、联盟自报数据', '八、数据图表', '九、年度工作情况'].entries()) {
      expect(all, heading).toContain(heading);
      expect(index).toBeLessThan(10);
    }
    for (const section of document.sections) for (const row of section.rows) expect(all, row.label).toContain(squeeze(`${row.label}${String(row.value)}`));
    expect(all).toContain('订单班学生数186各成员学校教务处统计');
    expect(all).toContain('2024年6月13日丽水智能制造产教融合共同体成立启动仪式（丽水市职业高级中学）');
  });

  it('holds each chart’s title and numbers its pages — 1 —', () => {
    const all = squeeze(text);
    for (const chart of document.charts) expect(all).toContain(squeeze(chart.title));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => expect(page.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^\\s*—\\s*${String(index + 1)}\\s*—\\s*$`)));
  });

  it('draws every glyph from the bundled fonts', () => {
    const names = fonts.split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0] ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !/^[A-Z]{6}\+(LXGWWenKai|NotoSerifSC|NotoSansSC|HanaMin[AB])/.test(name))).toEqual([]);
    expect(names.some((name) => /\+NotoSansSC/.test(name))).toBe(true);
  });
});
