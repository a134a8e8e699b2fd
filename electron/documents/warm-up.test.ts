import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/documents/built-in-templates';
import { sampleRecipients } from '../../shared/documents/licence-sample';
import { readFontSlices, withDocumentFonts } from './font-faces';
import { prepareFontsDir } from './fonts-dir';
import { commonSlices, fontCoverageHtml, templateWarmUpHtml, warmUpDocuments } from './warm-up';
import { repoRoot } from './test-support';

/** What a page shows: the HTML's text without its markup, style sheet and head. */
function shownText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<wbr>/g, '')
    .replace(/<[^>]*>/g, '\n');
}

describe('the warm-up a renderer lays out before it takes work', () => {
  it('holds no name of the benchmark’s batches, or of any recipient: only what every document prints', async () => {
    const documents = await warmUpDocuments(await prepareFontsDir(repoRoot));
    const text = documents.map(shownText).join('\n');
    // The benchmark's licences (bench:pdf lays 500 and 5,000 of them out) and their numbers.
    for (const recipient of sampleRecipients(5000)) {
      expect(text).not.toContain(recipient.name);
      expect(text).not.toContain(recipient.number);
    }
    expect(text).not.toMatch(/丽水|职业教育集团|成员单位|二〇二六/);
    // The templates' texts are their fixed words only, every placeholder empty.
    const templates = templateWarmUpHtml(2).map(shownText);
    builtInTemplates.forEach((template, index) => {
      const words = new Set((templates[index] ?? '').split('\n').map((line) => line.trim()).filter(Boolean));
      const fixed = new Set(template.elements.flatMap((element) => (element.type === 'text' ? [element.content.replace(/\{[^{}]*\}/g, '').trim()] : [])).filter(Boolean));
      expect(words).toEqual(fixed);
    });
  });

  it('has a renderer load every common slice of the bundled fonts, whatever a batch will hold', async () => {
    const fontsDir = await prepareFontsDir(repoRoot);
    const slices = await readFontSlices(fontsDir);
    const common = commonSlices(slices);
    const named = withDocumentFonts(fontCoverageHtml(slices), slices, 'file:///fonts/');
    for (const slice of common) expect(named).toContain(`/fonts/${slice.file.split('/').map(encodeURIComponent).join('/')}'`);
    // Each face of every family the documents set text in is there, weights included.
    for (const family of new Set(slices.map((slice) => slice.family))) expect(named).toContain(`font-family:'${family}'`);
    // Rare ideographs outside the BMP (Extension B and later) load when a batch holds one.
    expect(common.every((slice) => slice.ranges.some(([from]) => from < 0x10000))).toBe(true);
    // One character stands for each slice: the page holds no word.
    const characters = shownText(fontCoverageHtml(slices)).replace(/\s/g, '').match(/./gsu) ?? [];
    expect(characters.length).toBeLessThanOrEqual(common.length);
  });
});
