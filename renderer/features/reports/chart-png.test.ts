import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../electron/documents/chromium-pdf-engine';
import { prepareFontsDir } from '../../../electron/documents/fonts-dir';
import { repoRoot } from '../../../electron/documents/test-support';
import { reportCharts } from '../../../shared/reports/charts';
import { sampleFigures } from '../../../shared/reports/report-sample';
import { bundledFontLoader, chartSvgWithFonts, drawSvgPng } from './chart-png';

// Issue 17.2: the .docx's PNG of a chart is drawn in the bundled fonts, like the app and the PDF.
let browser: Browser;
let page: Page;
let fontsDir: string;

beforeAll(async () => {
  fontsDir = await prepareFontsDir(repoRoot);
  browser = await launchChromium();
  page = await browser.newPage({ deviceScaleFactor: 2, viewport: { width: 600, height: 340 } });
  // The reference page loads the bundled fonts as the app and the PDF's page do: fonts.css from a site.
  await page.route('http://fonts.test/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    route.fulfill({ body: await readFile(`${fontsDir}${path}`), contentType: path.endsWith('.css') ? 'text/css' : 'font/woff' }).catch(() => undefined);
  });
}, 60_000);

afterAll(async () => {
  await browser.close();
});

/** The chart's SVG drawn in the page as an image, as the export does. */
function png(svg: string, width: number, height: number): Promise<string> {
  return page.evaluate(`(${drawSvgPng.toString()})(${JSON.stringify(svg)}, ${String(width)}, ${String(height)}, 2)`);
}

/** The same SVG inline in a page with the bundled fonts, screenshotted at the same scale. */
async function reference(svg: string, width: number, height: number): Promise<string> {
  await page.setContent(`<!doctype html><html><head><link rel="stylesheet" href="http://fonts.test/fonts.css"></head><body style="margin:0;background:#fff">${svg}</body></html>`);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
  return `data:image/png;base64,${shot.toString('base64')}`;
}

/** The pixels whose colour differs clearly between the two PNGs, as a share of the second's ink (its labels' pixels). */
function difference(a: string, b: string): Promise<number> {
  return page.evaluate(async ([first, second]) => {
    const pixels = async (url: string): Promise<ImageData> => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
    const [x, y] = [await pixels(first), await pixels(second)];
    if (x.width !== y.width || x.height !== y.height) return 1;
    const close = (at: number, other: number): boolean => [0, 1, 2].every((channel) => Math.abs((x.data[at + channel] ?? 0) - (y.data[other + channel] ?? 0)) <= 64);
    let differing = 0;
    // A pixel differs when no pixel of the other image within one pixel of it has its colour: edges anti-aliased a little differently do not count.
    for (let row = 0; row < x.height; row += 1) {
      for (let column = 0; column < x.width; column += 1) {
        const at = (row * x.width + column) * 4;
        let matched = false;
        for (let dy = -1; dy <= 1 && !matched; dy += 1) {
          for (let dx = -1; dx <= 1 && !matched; dx += 1) {
            const r = row + dy;
            const c = column + dx;
            if (r >= 0 && r < y.height && c >= 0 && c < y.width) matched = close(at, (r * y.width + c) * 4);
          }
        }
        if (!matched) differing += 1;
      }
    }
    let ink = 0;
    for (let at = 0; at < y.data.length; at += 4) if ((y.data[at] ?? 255) < 200) ink += 1;
    return differing / Math.max(ink, 1);
  }, [a, b] as const);
}

/** The chart with its shapes taken out: only the labels are compared, not the anti-aliasing of its lines and sectors. */
function labelsOnly(svg: string): string {
  return svg.replace(/<(path|polyline|polygon|rect|circle|line|ellipse)\b[^>]*?(\/>|>\s*<\/\1>)/g, '');
}

const fromDisk = async (url: string): Promise<Response> => new Response(await readFile(fileURLToPath(url)));

describe('the .docx chart PNG', () => {
  it('draws the Chinese labels in the bundled fonts: the PNG matches the chart as a page with the fonts shows it', async () => {
    const fonts = bundledFontLoader(pathToFileURL(`${fontsDir}/`).href, fromDisk);
    for (const drawn of reportCharts(sampleFigures, 'zh-CN').filter((one) => one.key === 'units-by-kind' || one.key === 'membership')) {
      const chart = { ...drawn, svg: labelsOnly(drawn.svg) };
      expect(chart.svg).toMatch(/<text[^>]*>[^<]*[\u4e00-\u9fff]/);
      expect(chart.svg).not.toContain('<path');
      const expected = await reference(chart.svg, chart.width, chart.height);
      const inlined = await chartSvgWithFonts(chart, fonts);
      // Only the first family of the stack that holds a label's characters is inlined, not its fallbacks.
      expect(inlined).toContain("@font-face{font-family:'Noto Sans SC'");
      expect(inlined).not.toContain("@font-face{font-family:'Noto Serif SC'");
      const withFonts = await difference(await png(inlined, chart.width, chart.height), expected);
      const withoutFonts = await difference(await png(chart.svg, chart.width, chart.height), expected);
      // The same glyphs differ in a few edge pixels (an image and a page hint text apart); without the fonts inlined
      // (the old export) the labels are the machine's glyphs, digits of another width: far more of the ink moves.
      expect(withFonts, chart.key).toBeLessThan(0.25);
      expect(withoutFonts, chart.key).toBeGreaterThan(withFonts + 0.1);
    }
  }, 120_000);
});
