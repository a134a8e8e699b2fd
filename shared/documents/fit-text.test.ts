import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../electron/documents/chromium-pdf-engine';
import type { TextOverflow } from './fit-text';
import { fitTextExpression, overflowDetail, parseOverflowDetail } from './fit-text';

/** Pages of fitted texts in a 50 mm box at 20 pt, as render-html writes them: the design size in the style sheet. */
function pagesHtml(pages: { text: string; lines?: number; min?: number }[]): string {
  const sections = pages.map(
    (page, index) =>
      `<section class="page" data-page="${String(index + 10)}"><div class="t e-name" data-el="name" data-lines="${String(page.lines ?? 1)}" data-min="${String(page.min ?? 10)}">${page.text}</div></section>`,
  );
  return `<!doctype html><style>body{margin:0}.page{position:relative;height:40mm}.t{position:absolute;width:50mm;font:20pt/1.5 serif;word-break:keep-all}</style><body>${sections.join('')}</body>`;
}

/** Each fitted text's inline style and height, read in the page (this project's Node types know no DOM). */
const boxesExpression = `[...document.querySelectorAll('.t')].map((element) => ({ style: element.getAttribute('style'), height: element.getBoundingClientRect().height }))`;

describe('fitting texts into their boxes in the real layout engine', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60_000);
  afterAll(() => browser.close());

  const fit = async (html: string): Promise<{ overflows: TextOverflow[]; sizes: string[]; heights: number[] }> => {
    await page.setContent(html);
    const overflows = await page.evaluate<TextOverflow[]>(fitTextExpression);
    const boxes = await page.evaluate<{ style: string | null; height: number }[]>(boxesExpression);
    // The fit sets an inline size in pt where it shrinks; elsewhere the style sheet's 20 pt holds.
    return { overflows, sizes: boxes.map((box) => /font-size:([\d.]+)pt/.exec(box.style ?? '')?.[1] ?? '20'), heights: boxes.map((box) => box.height) };
  };
  const linePx = (pt: number): number => pt * 1.5 * (96 / 72);

  it('leaves a text that fits at its design size alone', async () => {
    const result = await fit(pagesHtml([{ text: 'ABC' }]));
    expect(result.overflows).toEqual([]);
    expect(parseFloat(result.sizes[0] ?? '0')).toBeCloseTo(20);
    expect((await page.evaluate<{ style: string | null }[]>(boxesExpression))[0]?.style).toBeNull();
  });

  it('shrinks a text that needs more lines than its box has until it fits, no smaller than needed', async () => {
    const text = 'Alliance Desk prints licences';
    const result = await fit(pagesHtml([{ text, lines: 1, min: 8 }]));
    expect(result.overflows).toEqual([]);
    const size = parseFloat(result.sizes[0] ?? '0');
    expect(size).toBeLessThan(20);
    expect(size).toBeGreaterThanOrEqual(8);
    expect(result.heights[0]).toBeCloseTo(linePx(size), 0);
    // A quarter point larger would no longer fit on one line: the fit is as large as it can be.
    await page.evaluate(`document.querySelector('.t').setAttribute('style', 'font-size:${String(size + 0.3)}pt')`);
    expect((await page.evaluate<{ height: number }[]>(boxesExpression))[0]?.height).toBeGreaterThan(linePx(size + 0.3) * 1.5);
  });

  it('wraps within the lines the box allows before shrinking', async () => {
    const result = await fit(pagesHtml([{ text: 'Alliance Desk prints', lines: 2, min: 8 }]));
    expect(result.overflows).toEqual([]);
    expect(parseFloat(result.sizes[0] ?? '0')).toBeCloseTo(20);
  });

  it('names each page and element whose text does not fit even at its smallest size', async () => {
    const long = 'Alliance Desk prints licences and letters of appointment at ceremonies';
    const result = await fit(pagesHtml([{ text: 'Fits' }, { text: long, min: 16 }, { text: long, min: 16 }]));
    expect(result.overflows).toEqual([
      { page: 11, elementId: 'name', lines: expect.any(Number) as number, maxLines: 1, minSizePt: 16 },
      { page: 12, elementId: 'name', lines: expect.any(Number) as number, maxLines: 1, minSizePt: 16 },
    ]);
    expect(result.overflows[0]?.lines).toBeGreaterThan(1);
  });

  it('starts again from the design sizes when run on the same document twice', async () => {
    await page.setContent(pagesHtml([{ text: 'Alliance Desk prints licences', min: 8 }]));
    const first = await page.evaluate<TextOverflow[]>(fitTextExpression);
    const once = await page.evaluate<{ style: string | null }[]>(boxesExpression);
    expect(await page.evaluate<TextOverflow[]>(fitTextExpression)).toEqual(first);
    expect(await page.evaluate<{ style: string | null }[]>(boxesExpression)).toEqual(once);
  });

  it('carries an overflow across the bridge as a detail and back', () => {
    const overflow: TextOverflow = { page: 3, elementId: 'recipient', lines: 3, maxLines: 2, minSizePt: 15 };
    expect(parseOverflowDetail(overflowDetail(overflow))).toEqual(overflow);
    expect(parseOverflowDetail('not json')).toBeUndefined();
    expect(parseOverflowDetail('[1,2]')).toBeUndefined();
  });
});
