import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentTitle, withDeskInfo } from './pdf-info';
import { pageTexts, poppler } from './test-support';

async function samplePdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setCreator('Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0');
  document.setProducer('Skia/PDF m156');
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const text of ['first page', 'second page']) document.addPage([200, 200]).drawText(text, { x: 20, y: 100, font, size: 12 });
  return document.save({ useObjectStreams });
}

const field = (info: string, name: string): string | undefined => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];

describe('the PDF says who made it', () => {
  it('reads the document title from its <title>, entities undone', () => {
    expect(documentTitle('<!doctype html><head><meta charset="utf-8"><title>成员单位证书（A4 横向）</title>')).toBe('成员单位证书（A4 横向）');
    expect(documentTitle('<title>&lt;计划&gt; &amp; &quot;方案&quot; &#39;二〇二六&#39;</title>')).toBe('<计划> & "方案" \'二〇二六\'');
    expect(documentTitle('<p>no title</p>')).toBeUndefined();
  });

  for (const useObjectStreams of [false, true]) {
    it(`names the title, and 产教联盟工作台 as Creator and Producer (${useObjectStreams ? 'cross-reference stream, rewritten' : 'classic table, appended'})`, async () => {
      const original = await samplePdf(useObjectStreams);
      const pdf = await withDeskInfo(original, '丽水智能制造产教融合共同体三年行动计划（2024—2026年）𠮷', new Date('2026-12-03T10:20:30Z'));
      if (!useObjectStreams) expect(pdf.subarray(0, original.length)).toEqual(original);
      const info = await poppler('pdfinfo', pdf);
      expect(field(info, 'Title')).toBe('丽水智能制造产教融合共同体三年行动计划（2024—2026年）𠮷');
      expect(field(info, 'Creator')).toBe('产教联盟工作台');
      expect(field(info, 'Producer')).toBe('产教联盟工作台');
      expect(field(info, 'CreationDate')).toMatch(/Dec\s+3 10:20:30 2026/);
      expect(info).not.toMatch(/HeadlessChrome|Skia/);
      expect(await pageTexts(pdf)).toEqual(['first page', 'second page']);
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(2);
    });
  }
});
