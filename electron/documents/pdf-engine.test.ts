import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import { openChromiumPdfEngine } from './chromium-pdf-engine';
import { prepareFontsDir } from './fonts-dir';
import type { LanedPdfEngine, PdfLane, RenderProgress } from './pdf-engine';
import { engineOverLanes } from './pdf-engine';
import { joinRawParts, readRawPart } from './pdf-pages';
import { pageSizes, pageTexts, poppler, repoRoot, writeTemp } from './test-support';

const run = promisify(execFile);
const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence);
if (!licence) throw new Error('no built-in licence');

/** A batch of licences whose recipients are numbered in order: U0001, U0002 … */
function batch(count: number, recipientName = (index: number) => `U${String(index + 1).padStart(4, '0')}`): string {
  const pages = Array.from({ length: count }, (_, index) => ({ values: { recipientName: recipientName(index), role: '成员单位', allianceName: '丽水职业教育集团', issuedOnChinese: '二〇二六年十一月' } }));
  return renderDocumentsHtml({ template: licence as NonNullable<typeof licence>, pages, fontsBaseUrl: 'app://desk/fonts/', forPreview: false }).html;
}

/** The recipient of each page of a PDF, in order, as pdftotext reads it. */
async function recipients(pdf: Uint8Array): Promise<string[]> {
  return (await pageTexts(pdf)).map((text) => /U\d{4}/.exec(text)?.[0] ?? text);
}

/**
 * A lane that prints each page of the HTML it is given as a PDF page naming its recipient, taking
 * `delayMs` a page: two lanes of different speeds finish their runs out of order.
 */
function fakeLane(delayMs: number, laidOut: number[][]): PdfLane {
  return {
    async render(html) {
      const names = [...html.matchAll(/class="t e-recipient"[^>]*>(U\d{4})/g)].map((match) => match[1] ?? '');
      laidOut.push(names.map((name) => Number(name.slice(1))));
      await new Promise((resolve) => setTimeout(resolve, delayMs * names.length));
      const document = await PDFDocument.create();
      const font = await document.embedFont(StandardFonts.Helvetica);
      for (const name of names.length > 0 ? names : ['warm-up']) document.addPage([842, 595]).drawText(name, { x: 50, y: 300, font, size: 24 });
      return document.save();
    },
  };
}

function fakeEngine(maxPagesPerRun: number, laidOut: number[][] = []): LanedPdfEngine {
  return engineOverLanes({
    first: fakeLane(0.2, laidOut),
    openLane: () => Promise.resolve(fakeLane(0.5, laidOut)),
    count: 2,
    close: () => Promise.resolve(),
    warmUp: () => Promise.resolve([]),
    maxPagesPerRun,
  });
}

describe('a batch laid out in runs of bounded size', () => {
  it('lays no run out longer than the bound, each page once, and joins them in the order of the batch', async () => {
    const laidOut: number[][] = [];
    const engine = fakeEngine(40, laidOut);
    await engine.ready();
    const pdf = await engine.renderPdf(batch(230));
    // 230 pages in runs of at most 40: six runs of 38 or 39 consecutive pages, over both lanes.
    expect(laidOut.map((run) => run.length)).toEqual([38, 39, 38, 38, 39, 38]);
    for (const run of laidOut) expect(run).toEqual(Array.from({ length: run.length }, (_, index) => (run[0] ?? 0) + index));
    expect(laidOut.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 230 }, (_, index) => index + 1));
    expect(await recipients(pdf)).toEqual(Array.from({ length: 230 }, (_, index) => `U${String(index + 1).padStart(4, '0')}`));
    await engine.close();
  }, 30_000);

  it('gives one file per document in order, and the runs themselves, from the same runs', async () => {
    const engine = fakeEngine(25);
    await engine.ready();
    const files = await engine.renderPages(batch(60));
    expect(files).toHaveLength(60);
    expect((await Promise.all(files.slice(0, 3).map(recipients))).flat()).toEqual(['U0001', 'U0002', 'U0003']);
    expect(await recipients(files[59] as Uint8Array)).toEqual(['U0060']);
    const parts = await engine.renderParts(batch(60));
    expect(await Promise.all(parts.map(async (part) => (await recipients(part)).length))).toEqual([20, 20, 20]);
    await engine.close();
  }, 30_000);

  it('reports progress as runs are done, never going back, up to the number of documents', async () => {
    const engine = fakeEngine(30);
    await engine.ready();
    const seen: RenderProgress[] = [];
    await engine.renderPdf(batch(200), { onProgress: (progress) => seen.push(progress) });
    expect(seen[0]).toEqual({ done: 0, total: 200 });
    expect(seen.at(-1)).toEqual({ done: 200, total: 200 });
    expect(seen.every((progress) => progress.total === 200)).toBe(true);
    for (let index = 1; index < seen.length; index += 1) expect(seen[index]?.done).toBeGreaterThan(seen[index - 1]?.done ?? Infinity);
    // One report before the first run and one as each of the seven runs is done.
    expect(seen).toHaveLength(8);
    await engine.close();
  }, 30_000);

  it('fails the batch when a run fails, and lays out the next batch with every lane free', async () => {
    let failNext = true;
    // Whichever lane takes the run holding U0051 fails it, once.
    const failingOnce = (lane: PdfLane): PdfLane => ({
      render: (html) => {
        if (failNext && html.includes('U0051')) {
          failNext = false;
          return Promise.reject(new Error('renderer crashed'));
        }
        return lane.render(html);
      },
    });
    const engine = engineOverLanes({
      first: failingOnce(fakeLane(0.2, [])),
      openLane: () => Promise.resolve(failingOnce(fakeLane(0.5, []))),
      count: 2,
      close: () => Promise.resolve(),
      warmUp: () => Promise.resolve([]),
      maxPagesPerRun: 50,
    });
    await engine.ready();
    await expect(engine.renderPdf(batch(200))).rejects.toThrow('renderer crashed');
    expect(await recipients(await engine.renderPdf(batch(120)))).toHaveLength(120);
    await engine.close();
  }, 30_000);
});

describe('warming the lanes up', () => {
  it('warms every lane, the first too after it has done jobs, on the warm-up and nothing of a batch', async () => {
    const seen = { first: [] as string[], second: [] as string[] };
    const recording = (into: string[]): PdfLane => ({ render: (html) => (into.push(html), fakeLane(0, []).render(html)) });
    const warmUp = ['<!doctype html><p>warm-up</p>'];
    const engine = engineOverLanes({ first: recording(seen.first), openLane: () => Promise.resolve(recording(seen.second)), count: 2, close: () => Promise.resolve(), warmUp: () => Promise.resolve(warmUp) });
    await engine.renderPdf(batch(20));
    await engine.ready();
    // The first job's words loaded only their own font slices in the first lane: it warms up after it.
    expect(seen.first).toEqual([batch(20), ...warmUp]);
    expect(seen.second).toEqual(warmUp);
    await engine.close();
  }, 30_000);
});

describe('bounded runs in Chromium', () => {
  let engine: LanedPdfEngine;

  beforeAll(async () => {
    engine = await openChromiumPdfEngine({ fontsDir: await prepareFontsDir(repoRoot), lanes: 2, maxPagesPerRun: 40 });
    await engine.ready();
  }, 120_000);
  afterAll(() => engine.close());

  it('joins the runs of a batch into one PDF whose pages are the batch in order, with their fonts', async () => {
    const names = (index: number): string => `第${String(index + 1)}号成员单位`;
    const seen: RenderProgress[] = [];
    const html = batch(130, names);
    const parts = await engine.renderParts(html);
    expect(parts.length).toBe(4);
    const pdf = await engine.renderPdf(html, { onProgress: (progress) => seen.push(progress) });
    const texts = (await pageTexts(pdf)).map((text) => text.replace(/\s/g, ''));
    expect(texts).toHaveLength(130);
    texts.forEach((text, index) => expect(text).toContain(`${names(index)}：`));
    expect(new Set(await pageSizes(pdf))).toEqual(new Set(['842x595']));
    expect(seen.at(-1)).toEqual({ done: 130, total: 130 });
  }, 120_000);

  it('joins Chromium’s runs by copying their objects: a sound file, pages in order, every font embedded', async () => {
    const names = (index: number): string => `第${String(index + 1)}号成员单位`;
    const parts = await engine.renderParts(batch(100, names));
    const raw = parts.map(readRawPart);
    expect(raw.every(Boolean)).toBe(true);
    const joined = joinRawParts(raw.flatMap((part) => (part ? [part] : [])));
    const file = await writeTemp(joined);
    // Poppler reports a broken cross-reference table or object on stderr, and repairs it silently otherwise.
    const { stderr } = await run('pdftotext', [file, '-']);
    expect(stderr).toBe('');
    expect((await run('pdfinfo', [file])).stderr).toBe('');
    const texts = (await pageTexts(joined)).map((text) => text.replace(/\s/g, ''));
    expect(texts).toHaveLength(100);
    texts.forEach((text, index) => expect(text).toContain(`${names(index)}：`));
    const fonts = await poppler('pdffonts', joined);
    expect(fonts).toMatch(/\+NotoSerifSC/);
    expect(fonts).toMatch(/\+LXGWWenKai/);
    expect(fonts.split('\n').slice(2).filter((line) => line.trim() && !/ yes +yes /.test(line))).toEqual([]);
  }, 120_000);
});
