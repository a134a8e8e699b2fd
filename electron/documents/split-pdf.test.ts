import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { countPdfPages, firstPageSizeMm, splitPdfPages } from './split-pdf';
import { pageSizes, pageTexts } from './test-support';

async function combined(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const [index, size] of [[842, 595], [595, 842], [737, 524]].entries()) {
    const page = document.addPage(size as [number, number]);
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

  it('reads the page count and the first page in millimetres', async () => {
    const pdf = await combined();
    expect(await countPdfPages(pdf)).toBe(3);
    expect(await firstPageSizeMm(pdf)).toEqual({ widthMm: 297, heightMm: 209.9, pages: 3 });
  });
});
