import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplates, builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { sampleRecipients } from '../../shared/documents/licence-sample';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { openChromiumPdfEngine } from './chromium-pdf-engine';
import { prepareFontsDir } from './fonts-dir';
import type { LanedPdfEngine } from './pdf-engine';
import { splitPdfPages } from './pdf-pages';
import { pageSizes, pageTexts, poppler, repoRoot, writeTemp } from './test-support';

const run = promisify(execFile);

const values = {
  recipientName: '苏州工业职业技术学院',
  unitName: '苏州工业职业技术学院',
  role: '牵头单位',
  allianceName: '长三角智能制造产教融合共同体',
  allianceShortName: '长三角智造共同体',
  allianceSelf: '本共同体',
  issuerName: '长三角智能制造产教融合共同体',
  body: '专家指导委员会',
  position: '委员',
  term: '2026年11月至2029年11月',
  issuedOnChinese: '二〇二六年十一月',
  parties: '苏州工业职业技术学院　江苏汇博机器人技术股份有限公司',
  agreementTitle: '校企合作共建产业学院协议',
  signedOnChinese: '二〇二六年十一月十二日',
  eventTitle: '长三角智能制造产教融合共同体成立大会',
};

function template(id: string): DocumentTemplate {
  const found = findBuiltInTemplate(id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
}

describe('Chromium PDF engine', () => {
  let engine: LanedPdfEngine;
  let fontsBaseUrl: string;

  beforeAll(async () => {
    const fontsDir = await prepareFontsDir(repoRoot);
    // The renderer names its own font URL; the engine must render with its folder regardless.
    fontsBaseUrl = 'http://127.0.0.1:9/fonts';
    engine = await openChromiumPdfEngine({ fontsDir, lanes: 2 });
  }, 60_000);
  afterAll(() => engine.close());

  it('renders each built-in template on A4 with the bundled fonts embedded as subsets', async () => {
    for (const [index, builtIn] of builtInTemplates.entries()) {
      const { html, problems } = renderDocumentsHtml({ template: builtIn, pages: [{ values, number: `LSZZ-2026-A${String(index)}` }], fontsBaseUrl, forPreview: false });
      expect(problems).toEqual([]);
      const pdf = await engine.renderPdf(html);
      expect(await pageSizes(pdf)).toEqual([builtIn.orientation === 'landscape' ? '842x595' : '595x842']);
      const [text = ''] = await pageTexts(pdf);
      expect(text.replace(/\s/g, '')).toContain(values.recipientName);
      // A table card is never numbered; every issued kind prints its number.
      if (builtIn.elements.some((element) => element.type === 'text' && element.content.includes('{number}'))) expect(text).toContain(`LSZZ-2026-A${String(index)}`);
      const fonts = await poppler('pdffonts', pdf);
      expect(fonts).toMatch(/\+NotoSerifSC/);
      expect(fonts).not.toMatch(/NotoSansCJK|DejaVu|Liberation/);
      if (builtIn.elements.some((element) => element.type === 'text' && element.font === 'kai')) expect(fonts).toMatch(/\+LXGWWenKai/);
    }
  }, 60_000);

  it('puts one document on each page, in order, and splits them into one file each', async () => {
    const names = ['甲单位', '乙单位', '丙单位'];
    const { html } = renderDocumentsHtml({
      template: template(builtInTemplateIds.unitLicence),
      pages: names.map((recipientName, index) => ({ values: { ...values, recipientName }, number: `N-${String(index + 1)}` })),
      fontsBaseUrl,
      forPreview: false,
    });
    const combined = await engine.renderPdf(html);
    const texts = await pageTexts(combined);
    expect(texts).toHaveLength(3);
    names.forEach((name, index) => {
      expect(texts[index]).toContain(name);
      expect(texts[index]).toContain(`N-${String(index + 1)}`);
    });
    // Split into one file each: every file is a valid one-page PDF with its own recipient and the fonts it needs.
    const files = await splitPdfPages(combined);
    for (const [index, file] of files.entries()) {
      const path = await writeTemp(file);
      const { stdout, stderr } = await run('pdftotext', [path, '-']);
      expect(stderr).toBe('');
      expect(stdout.replace(/\s/g, '')).toContain(names[index]);
      expect(stdout.replace(/\s/g, '')).not.toContain(names[(index + 1) % 3]);
      expect(await pageSizes(file)).toEqual(['842x595']);
      expect(await poppler('pdffonts', file)).toMatch(/\+NotoSerifSC/);
    }
  }, 30_000);

  it('lays a large batch out in two renderers at once and joins it in order, fonts embedded', async () => {
    const units = sampleRecipients(120);
    const { html } = renderDocumentsHtml({
      template: template(builtInTemplateIds.unitLicence),
      pages: units.map((unit) => ({ values: { ...values, recipientName: unit.name }, number: unit.number })),
      fontsBaseUrl,
      forPreview: false,
    });
    await engine.ready();
    const parts = await engine.renderParts(html);
    expect(parts).toHaveLength(2);
    const combined = await engine.renderPdf(html);
    const texts = (await pageTexts(combined)).map((text) => text.replace(/\s/g, ''));
    expect(texts).toHaveLength(120);
    units.forEach((unit, index) => {
      expect(texts[index]).toContain(unit.name);
      expect(texts[index]).toContain(unit.number);
    });
    expect(new Set(await pageSizes(combined))).toEqual(new Set(['842x595']));
    const fonts = await poppler('pdffonts', combined);
    expect(fonts).toMatch(/\+NotoSerifSC/);
    expect(fonts).toMatch(/\+LXGWWenKai/);
    expect(fonts).not.toMatch(/NotoSansCJK|DejaVu|Liberation/);
  }, 60_000);

  it('prints A3 and custom millimetre sizes as the template says', async () => {
    const licence = template(builtInTemplateIds.unitLicence);
    const a3 = renderDocumentsHtml({ template: { ...licence, paper: 'A3', orientation: 'portrait' }, pages: [{ values }], fontsBaseUrl, forPreview: false });
    expect(await pageSizes(await engine.renderPdf(a3.html))).toEqual(['842x1191']);
    const stock = renderDocumentsHtml({ template: { ...licence, paper: 'custom', widthMm: 260, heightMm: 185 }, pages: [{ values }], fontsBaseUrl, forPreview: false });
    // 260 mm = 737.0 pt, 185 mm = 524.4 pt
    expect(await pageSizes(await engine.renderPdf(stock.html))).toEqual(['737x524']);
  }, 30_000);

  it('prints a name holding markup literally and runs none of it', async () => {
    const hostile = '<script>document.title="x"</script><b>某某</b>&amp;学院';
    const { html } = renderDocumentsHtml({ template: template(builtInTemplateIds.unitLicence), pages: [{ values: { ...values, recipientName: hostile } }], fontsBaseUrl, forPreview: false });
    const [text = ''] = await pageTexts(await engine.renderPdf(html));
    expect(text.replace(/\s/g, '')).toContain('<script>document.title="x"</script><b>某某</b>&amp;学院');
  }, 30_000);
});
