import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** poppler-utils on a PDF: `pdftotext -layout`, `pdfinfo`, `pdffonts`, each given the file's path. */
export async function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', bytes: Uint8Array, extra: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-pdf-'));
  const file = join(dir, 'document.pdf');
  await writeFile(file, bytes);
  const args = tool === 'pdftotext' ? ['-layout', ...extra, file, '-'] : [...extra, file];
  const { stdout } = await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Page sizes in points, one per page, as pdfinfo reports them. */
export async function pageSizes(bytes: Uint8Array): Promise<string[]> {
  const info = await poppler('pdfinfo', bytes, ['-f', '1', '-l', '9999']);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`);
}

/** The text of each page, split on form feeds as pdftotext writes them. */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const text = await poppler('pdftotext', bytes);
  return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
}

/** Page 1 as a grayscale raster (pdftoppm's PGM) at `dpi`: width, height and one byte per pixel. */
export async function grayRaster(pdfPath: string, dpi = 20): Promise<{ width: number; height: number; pixels: Uint8Array }> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-raster-'));
  await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath, join(dir, 'page')]);
  const { readFile } = await import('node:fs/promises');
  const data = await readFile(join(dir, 'page.pgm'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

/** Mean absolute difference of two rasters of the same size, 0 (same) to 255. */
export function rasterDifference(a: { width: number; height: number; pixels: Uint8Array }, b: { width: number; height: number; pixels: Uint8Array }): number {
  if (a.width !== b.width || a.height !== b.height) return 255;
  let sum = 0;
  for (let index = 0; index < a.pixels.length; index += 1) sum += Math.abs((a.pixels[index] ?? 0) - (b.pixels[index] ?? 0));
  return sum / a.pixels.length;
}

export async function writeTemp(bytes: Uint8Array, name = 'document.pdf'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-pdf-'));
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
}

/**
 * Whether `out` shows `expected` rather than `other`: judged only where those two differ (the
 * recipient's name), so anti-aliasing everywhere else cannot decide it.
 */
export function closerWhereTheyDiffer(out: { pixels: Uint8Array }, expected: { pixels: Uint8Array }, other: { pixels: Uint8Array }): { toExpected: number; toOther: number } {
  let toExpected = 0;
  let toOther = 0;
  let count = 0;
  for (let index = 0; index < expected.pixels.length; index += 1) {
    const e = expected.pixels[index] ?? 0;
    const o = other.pixels[index] ?? 0;
    if (Math.abs(e - o) < 64) continue;
    const pixel = out.pixels[index] ?? 0;
    toExpected += Math.abs(pixel - e);
    toOther += Math.abs(pixel - o);
    count += 1;
  }
  return { toExpected: toExpected / Math.max(count, 1), toOther: toOther / Math.max(count, 1) };
}

/** A word or a line as `pdftotext -bbox-layout` finds it: its page (from 0), its box in pt from the page's top left, its text. */
export interface TextBox {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

const decodeEntities = (text: string): string => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
const boxOf = (page: number, match: RegExpMatchArray, text: string): TextBox => ({ page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text });

/** Every line and every word of the PDF with its box, so a test can say where text was printed and whether it overlaps. */
export async function textBoxes(pdf: Uint8Array, pages: { first?: number; last?: number } = {}): Promise<{ lines: TextBox[]; words: TextBox[] }> {
  const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
  const { stdout } = await run('pdftotext', ['-bbox-layout', ...range, await writeTemp(pdf), '-'], { maxBuffer: 64 * 1024 * 1024 });
  const lines: TextBox[] = [];
  const words: TextBox[] = [];
  const wordPattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  stdout.split('<page ').slice(1).forEach((page, index) => {
    for (const line of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const inLine = [...(line[5] ?? '').matchAll(wordPattern)].map((word) => boxOf(index, word, decodeEntities(word[5] ?? '')));
      words.push(...inLine);
      lines.push(boxOf(index, line, inLine.map((word) => word.text).join('')));
    }
  });
  return { lines, words };
}
