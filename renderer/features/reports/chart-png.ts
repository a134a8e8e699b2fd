import type { Chart } from '../../../shared/reports/charts';
import type { ChartFontFace } from '../../../shared/reports/chart-fonts';
import { facesForSvg, parseFontSheet, svgFontFamilies, svgWithFonts } from '../../../shared/reports/chart-fonts';

/**
 * A chart's PNG for the .docx (issue 17.2), drawn from its SVG in the bundled fonts: the font
 * slices its text needs are inlined into the SVG, since an SVG drawn as an image uses no web font of
 * the page and would otherwise fall back to the machine's sans-serif.
 */

/**
 * The SVG drawn to a PNG data URL at `scale` times its size on white. Self-contained (no imports,
 * no outer names), so a test can run this very function in a Chromium page.
 */
export async function drawSvgPng(svg: string, width: number, height: number, scale: number): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the chart');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Reads the bundled style sheets (fonts.css and its imports) and the font files as data URLs, each once; `read` is fetch unless a test reads the disk. */
export function bundledFontLoader(baseUrl: string, read: (url: string) => Promise<Response> = (url) => fetch(url)): { faces: () => Promise<(ChartFontFace & { url: string })[]>; dataUrl: (url: string) => Promise<string> } {
  let faces: Promise<(ChartFontFace & { url: string })[]> | undefined;
  const files = new Map<string, Promise<string>>();
  const readSheet = async (sheetUrl: string): Promise<(ChartFontFace & { url: string })[]> => {
    const response = await read(sheetUrl);
    if (!response.ok) throw new Error(`The bundled fonts could not be read (${sheetUrl}: ${String(response.status)})`);
    const sheet = parseFontSheet(await response.text());
    const own = sheet.faces.map((face) => ({ ...face, url: new URL(face.file, sheetUrl).href }));
    const imported = await Promise.all(sheet.imports.map((target) => readSheet(new URL(target, sheetUrl).href)));
    return [...own, ...imported.flat()];
  };
  const readDataUrl = async (url: string): Promise<string> => {
    const response = await read(url);
    if (!response.ok) throw new Error(`A bundled font could not be read (${url}: ${String(response.status)})`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return `data:font/${url.endsWith('.woff2') ? 'woff2' : 'woff'};base64,${btoa(binary)}`;
  };
  return {
    faces: () => (faces ??= readSheet(new URL('fonts.css', baseUrl).href)),
    dataUrl: (url) => {
      let file = files.get(url);
      if (!file) files.set(url, (file = readDataUrl(url)));
      return file;
    },
  };
}

/** The chart's SVG with the bundled font slices its text draws inlined. */
export async function chartSvgWithFonts(chart: Chart, fonts: ReturnType<typeof bundledFontLoader>): Promise<string> {
  const faces = facesForSvg(chart.svg, await fonts.faces(), svgFontFamilies(chart.svg)) as (ChartFontFace & { url: string })[];
  return svgWithFonts(chart.svg, await Promise.all(faces.map(async (face) => ({ face, dataUrl: await fonts.dataUrl(face.url) }))));
}

/** The chart as PNG bytes at twice its size, in the bundled fonts. */
export async function chartPng(chart: Chart, fonts: ReturnType<typeof bundledFontLoader>): Promise<Uint8Array> {
  const dataUrl = await drawSvgPng(await chartSvgWithFonts(chart, fonts), chart.width, chart.height, 2);
  return new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());
}
