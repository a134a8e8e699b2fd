import { describe, expect, it } from 'vitest';
import type { DocumentTemplate } from '../domain/documents';
import { builtInTemplateIds, builtInTemplates, findBuiltInTemplate } from './built-in-templates';
import { correctedOffset, renderCalibrationHtml } from './calibration-page';
import { placeholderKeys, referencedPlaceholders } from './placeholders';
import { renderDocumentsHtml, splitDocumentsHtml } from './render-html';
import { samplePlanHtml } from './plan-html';
import { documentTemplateSchema } from '../domain/documents';

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const values = { recipientName: '丽水市职业高级中学', role: '成员单位', allianceName: '丽水职业教育集团', allianceSelf: '本集团', issuerName: '丽水职业教育集团', issuedOnChinese: '二〇二六年十一月', number: 'LSZJ-2026-001' };
const render = (template: DocumentTemplate, extra: Partial<Parameters<typeof renderDocumentsHtml>[0]> = {}) =>
  renderDocumentsHtml({ template, pages: [{ values }], fontsBaseUrl: 'app://app/fonts/', forPreview: false, ...extra });
/** The HTML without the word-boundary marks, as its text reads. */
const plain = (html: string): string => html.replace(/<wbr>/g, '');

describe('document HTML', () => {
  it('escapes every user text: markup in a name prints literally', () => {
    const { html, printedTexts } = render(licence, { pages: [{ values: { ...values, recipientName: '<script>alert(1)</script>&"\'' } }] });
    expect(html).not.toContain('<script>alert');
    expect(plain(html)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;');
    expect(printedTexts[0]?.recipient).toBe('<script>alert(1)</script>&"\'：');
    expect(html).toContain("script-src 'none'");
  });

  it('sizes the page in millimetres from the paper and orientation', () => {
    expect(render(licence).html).toContain('@page{size:297mm 210mm;margin:0}');
    expect(render({ ...licence, paper: 'A3', orientation: 'portrait' }).html).toContain('@page{size:297mm 420mm;');
    expect(render({ ...licence, paper: 'custom', widthMm: 255.5, heightMm: 180 }).html).toContain('@page{size:255.5mm 180mm;');
  });

  it('names each missing field per page and, in the preview, marks it in place', () => {
    const result = render(licence, { pages: [{ values }, { values: { ...values, role: '' } }], forPreview: true });
    expect(result.problems).toEqual([{ page: 1, elementId: 'role', unknown: [], missing: ['role'] }]);
    expect(result.html).toContain('<span class="missing">{role}</span>');
  });

  it('reprints the texts as registered, not as the records say now', () => {
    const { html } = render(licence, { pages: [{ printedTexts: { recipient: '旧名称学校：' } }] });
    expect(plain(html)).toContain('旧名称学校：');
    expect(plain(html)).not.toContain('丽水市职业高级中学');
  });

  it('prints a preview-only background in the preview only', () => {
    const scanned = { ...licence, background: 'a'.repeat(64), backgroundMode: 'preview-only' as const };
    const assets = { background: 'data:image/png;base64,AAAA' };
    expect(render(scanned, { assets, forPreview: true }).html).toContain('class="bg"');
    expect(render(scanned, { assets }).html).not.toContain('class="bg"');
    expect(render({ ...scanned, backgroundMode: 'printed' }, { assets }).html).toContain('class="bg"');
  });

  it('drops image sources that would leave the machine', () => {
    const withLogo: DocumentTemplate = { ...licence, elements: [{ id: 'logo', type: 'image', source: 'alliance-logo', xMm: 10, yMm: 10, widthMm: 20, heightMm: 20, opacity: 1 }] };
    expect(render(withLogo, { assets: { allianceLogo: 'https://example.com/x.png' } }).html).not.toContain('example.com');
    expect(render(withLogo, { assets: { allianceLogo: 'javascript:alert(1)' } }).html).not.toContain('javascript:');
    expect(render(withLogo, { assets: { allianceLogo: 'file:///etc/passwd' } }).html).not.toContain('/etc/passwd');
    expect(render(withLogo, { assets: { allianceLogo: 'http://127.0.0.1:8787/seal.png' } }).html).not.toContain('seal.png');
    expect(render(withLogo, { assets: { allianceLogo: 'data:image/png;base64,iVBORw0KGgo=' } }).html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('gives each text its box for the fit and marks its word boundaries, in pages that carry their batch index', () => {
    const box: DocumentTemplate = {
      ...licence,
      elements: [{ id: 'recipient', type: 'text', content: '{recipientName}', xMm: 10, yMm: 10, widthMm: 50, font: 'kai', sizePt: 22, minSizePt: 15, maxLines: 2, bold: false, color: '#000000', align: 'left', letterSpacingEm: 0, lineHeight: 1.6 }],
    };
    const { html } = render(box, { pages: [{ values }, { values: { ...values, recipientName: '专家指导委员会副主任' } }] });
    expect(html).toContain('<section class="page" data-page="0">');
    expect(html).toContain('<section class="page" data-page="1">');
    expect(html).toContain('<div class="t e-recipient" data-el="recipient" data-lines="2" data-min="15">');
    expect(html).toContain('专家<wbr>指导<wbr>委员会<wbr>副主任');
    expect(html).toContain('word-break:keep-all');
    expect(html).not.toContain('break-all');
    // Without a smallest size the text keeps its own.
    expect(render({ ...box, elements: box.elements.map((element) => ({ ...element, minSizePt: undefined })) }).html).toContain('data-lines="2" data-min="22"');
  });

  it('moves everything printed by the calibration offset', () => {
    expect(render(licence, { offsetMm: { x: 1.5, y: -2 } }).html).toContain('.content{left:1.5mm;top:-2mm}');
  });

});

describe('splitting a batch for several renderers', () => {
  const names = Array.from({ length: 101 }, (_, index) => `第${String(index + 1)}号单位`);
  const batch = render(licence, { pages: names.map((recipientName) => ({ values: { ...values, recipientName: `<b>${recipientName}</b>\n<section class="page">` } })) }).html;
  const recipientsIn = (html: string) => [...plain(html).matchAll(/&lt;b&gt;(第\d+号单位)&lt;\/b&gt;/g)].map((match) => match[1]);

  it('gives whole documents with the same head whose pages, in order, are the batch', () => {
    const parts = splitDocumentsHtml(batch, 2, 50);
    expect(parts).toHaveLength(2);
    expect(parts.map((part) => recipientsIn(part).length)).toEqual([51, 50]);
    expect(parts.flatMap(recipientsIn)).toEqual(names);
    const head = batch.slice(0, batch.indexOf('<body>'));
    for (const part of parts) {
      expect(part.startsWith(head)).toBe(true);
      expect(part.endsWith('</section></body></html>')).toBe(true);
      expect(part.split('<section class="page"').length - 1).toBe(recipientsIn(part).length);
    }
  });

  it('keeps a small batch, or a document whose pages flow on, whole', () => {
    expect(splitDocumentsHtml(batch, 3, 50)).toHaveLength(2);
    expect(splitDocumentsHtml(batch, 2, 60)).toEqual([batch]);
    expect(splitDocumentsHtml(batch, 1, 1)).toEqual([batch]);
    const plan = samplePlanHtml('app://app/fonts/', 30);
    expect(splitDocumentsHtml(plan, 2, 1)).toEqual([plan]);
  });
});

describe('built-in templates', () => {
  it('are valid template records with fixed ids, and use only known placeholders', () => {
    expect(new Set(builtInTemplates.map((template) => template.id)).size).toBe(builtInTemplates.length);
    for (const template of builtInTemplates) {
      expect(documentTemplateSchema.parse(template)).toEqual(template);
      for (const element of template.elements) {
        if (element.type === 'text') for (const key of referencedPlaceholders(element.content)) expect(placeholderKeys).toContain(key);
      }
    }
  });
});

describe('calibration page', () => {
  it('draws rulers and marks at the template size, moved by the offsets being tried', () => {
    const html = renderCalibrationHtml({ template: licence, offsetMm: { x: 2, y: -1 }, fontsBaseUrl: 'x', printerName: 'HP <LaserJet>' });
    expect(html).toContain('@page{size:297mm 210mm;margin:0}');
    expect(html).toContain('left:2mm;top:-1mm');
    expect(html).toContain('HP &lt;LaserJet&gt;');
  });

  it('corrects the offsets from where the marks landed', () => {
    expect(correctedOffset({ x: 0, y: 0 }, { x: 32.5, y: 28 })).toEqual({ x: -2.5, y: 2 });
    expect(correctedOffset({ x: -2.5, y: 2 }, { x: 30, y: 30.4 })).toEqual({ x: -2.5, y: 1.6 });
  });
});
