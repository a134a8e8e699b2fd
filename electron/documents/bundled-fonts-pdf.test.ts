import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { charactersWithoutFont } from '../../shared/documents/font-coverage';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { openChromiumPdfEngine } from './chromium-pdf-engine';
import { readFontSlices } from './font-faces';
import { prepareFontsDir } from './fonts-dir';
import type { PdfEngine } from './pdf-engine';
import { pageTexts, poppler, repoRoot } from './test-support';

/** Names of the corpus holding a character of CJK Extension A, B, C or E (袁蓉𫖯, 陆瑶𬘭, 𠮷颖敏, 马𤩱 …). */
async function rareNames(): Promise<string[]> {
  const csv = await readFile(join(repoRoot, '../shared/corpus/people.csv'), 'utf8');
  const names = csv
    .replace(/^\uFEFF/, '')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '');
  return names.filter((name) => /[\u3400-\u4dbf\u{20000}-\u{2ffff}]/u.test(name));
}

function postscriptName(woff2: Buffer): string {
  const font = fontkit.create(woff2);
  if ('fonts' in font) throw new Error('a bundled slice is a single font, not a collection');
  return font.postscriptName;
}

function template(id: string): DocumentTemplate {
  const found = findBuiltInTemplate(id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
}

interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** pdffonts' table, one row per font: the type sits between the name and the encoding, and may hold spaces. */
function fontsOf(table: string): PdfFont[] {
  return table
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(Identity-H|Custom|WinAnsi|Builtin|MacRoman|Standard)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`pdffonts row not understood: ${line}`);
      return { name: match[1] ?? '', type: match[2] ?? '', embedded: match[4] === 'yes', subset: match[5] === 'yes' };
    });
}

describe('documents print every character from the bundled fonts', () => {
  let engine: PdfEngine;
  let names: string[];
  /** The PostScript names of the bundled faces, read from their own files. */
  let bundledNames: Set<string>;

  beforeAll(async () => {
    const fontsDir = await prepareFontsDir(repoRoot);
    names = await rareNames();
    const slices = await readFontSlices(fontsDir);
    // One file of each face: the slices of one face share its names (HanaMinA and HanaMinB are both 'HanaMin').
    const faces = new Map(slices.map((slice) => [`${slice.family} ${slice.weight} ${(slice.file.split('/').at(-1) ?? '').slice(0, 8)}`, slice.file]));
    bundledNames = new Set(await Promise.all([...faces.values()].map(async (file) => postscriptName(await readFile(join(fontsDir, file))))));
    engine = await openChromiumPdfEngine({ fontsDir });
  }, 60_000);
  afterAll(() => engine.close());

  it('the corpus names hold characters of Extensions A, B, C and E, and the bundled fonts hold all of them', () => {
    const text = names.join('');
    for (const character of ['𠮷', '𡒄', '𤩱', '𫖯', '𬘭', '𬀩', '𬣙', '䶮']) expect(text).toContain(character);
    expect(charactersWithoutFont(names)).toEqual([]);
  });

  const cases = [
    { label: 'licences for studios named after them', id: builtInTemplateIds.unitLicence, recipient: (name: string) => `${name}技能大师工作室` },
    { label: 'letters of appointment', id: builtInTemplateIds.appointmentLetter, recipient: (name: string) => name },
  ];

  for (const { label, id, recipient } of cases) {
    it(`embeds only subsets of the bundled faces, no Type 3 font, in ${label}`, async () => {
      const values = {
        role: '成员单位',
        allianceName: '丽水职业教育集团',
        allianceSelf: '本集团',
        issuerName: '丽水职业教育集团',
        body: '专家指导委员会',
        position: '委员',
        term: '二〇二六年十一月至二〇二九年十一月',
        issuedOnChinese: '二〇二六年十一月',
      };
      const pages = names.map((name, index) => ({ values: { ...values, recipientName: recipient(name) }, number: `LSZZ-2026-A${String(index + 1).padStart(3, '0')}` }));
      const { html, problems } = renderDocumentsHtml({
        template: template(id),
        pages,
        fontsBaseUrl: 'http://127.0.0.1:9/fonts',
        forPreview: false,
      });
      expect(problems).toEqual([]);
      const pdf = await engine.renderPdf(html);
      const fonts = fontsOf(await poppler('pdffonts', pdf));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.type, font.name).toBe('CID TrueType');
        expect(font.embedded && font.subset, font.name).toBe(true);
        expect(bundledNames, font.name).toContain(font.name.replace(/^[A-Z]{6}\+/, ''));
      }
      expect(fonts.map((font) => font.name)).toEqual(expect.arrayContaining([expect.stringMatching(/\+HanaMinB$/)]));
      // Each weight under its own name, not the variable font's default instance (NotoSerifSCExtraLight-Regular).
      const faceNames = new Set(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')));
      for (const name of ['NotoSerifSC-Regular', 'NotoSerifSC-Bold', 'LXGWWenKai-Regular']) expect(faceNames).toContain(name);
      expect([...faceNames].filter((name) => /ExtraLight|Thin/.test(name))).toEqual([]);
      const texts = (await pageTexts(pdf)).map((text) => text.replace(/\s/g, ''));
      expect(texts).toHaveLength(names.length);
      names.forEach((name, index) => expect(texts[index]).toContain(recipient(name)));
      // The app made it, under the document's own title: not HeadlessChrome, not Skia.
      const info = await poppler('pdfinfo', pdf);
      expect(info).toMatch(new RegExp(`^Title:\\s+${template(id).name.replace(/[()（）]/g, '.')}$`, 'm'));
      expect(info).toMatch(/^Creator:\s+产教联盟工作台$/m);
      expect(info).toMatch(/^Producer:\s+产教联盟工作台$/m);
      // So does each file of a batch split into one file per document.
      const two = renderDocumentsHtml({ template: template(id), pages: pages.slice(0, 2), fontsBaseUrl: 'http://127.0.0.1:9/fonts', forPreview: false });
      const files = await engine.renderPages(two.html);
      expect(files).toHaveLength(2);
      for (const file of files) expect(await poppler('pdfinfo', file)).toMatch(/^Creator:\s+产教联盟工作台$/m);
    }, 60_000);
  }
});
