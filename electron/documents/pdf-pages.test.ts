import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { countPdfPages, firstPageSizeMm, mergePdfs, splitPdfPages } from './pdf-pages';
import { pageSizes, pageTexts } from './test-support';

const sizes: [number, number][] = [[842, 595], [595, 842], [737, 524]];

async function combined(from = 0, to = sizes.length): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle('成员单位证书');
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = from; index < to; index += 1) {
    const page = document.addPage(sizes[index]);
    page.drawText(`Document ${String(index + 1)}`, { x: 50, y: 50, font, size: 20 });
  }
  return document.save();
}

describe('splitting a combined PDF', () => {
  it('gives one file per page, in order, each with its own page size and text', async () => {
    const files = await splitPdfPages(await combined());
    expect(files).toHaveLength(3);
    const sizes = await Promise.all(files.map((file) => pageSizes(file)));
    expect(sizes).toEqual([['842x595'], ['595x842'], ['737x524']]);
    const texts = await Promise.all(files.map((file) => pageTexts(file)));
    expect(texts).toEqual([['Document 1'], ['Document 2'], ['Document 3']]);
  });

  it('joins parts rendered side by side into one PDF, pages in order, title kept', async () => {
    const merged = await mergePdfs([await combined(0, 2), await combined(2, 3)]);
    expect(await pageSizes(merged)).toEqual(['842x595', '595x842', '737x524']);
    expect(await pageTexts(merged)).toEqual(['Document 1', 'Document 2', 'Document 3']);
    expect((await PDFDocument.load(merged)).getTitle()).toBe('成员单位证书');
    const single = await combined();
    expect(await mergePdfs([single])).toBe(single);
  });

  it('reads the page count and the first page in millimetres', async () => {
    const pdf = await combined();
    expect(await countPdfPages(pdf)).toBe(3);
    expect(await firstPageSizeMm(pdf)).toEqual({ widthMm: 297, heightMm: 209.9, pages: 3 });
  });
});
