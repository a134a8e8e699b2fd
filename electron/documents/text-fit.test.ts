import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/bridge/result';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { parseOverflowDetail } from '../../shared/documents/fit-text';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { openChromiumPdfEngine } from './chromium-pdf-engine';
import { createDocumentsService } from './documents-service';
import { prepareFontsDir } from './fonts-dir';
import type { LanedPdfEngine } from './pdf-engine';
import { repoRoot, type TextBox, textBoxes } from './test-support';


/** The issue's two names, and the corpus's longest official unit names (40 to 73 characters). */
const issueNames = ['广东省佛山市顺德区北滘镇美的集团智能制造与工业互联网产业学院有限公司（筹）', '浙江省丽水市莲都区智能制造装备产业技术研究院有限责任公司丽水分公司'];
const corpusNames = readFileSync(join(repoRoot, '../shared/corpus/long-names.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const longestNames = [...corpusNames].sort((a, b) => b.length - a.length).slice(0, 12);
/** People of the corpus with compound surnames and characters from CJK Extensions A to E. */
const peopleNames = readFileSync(join(repoRoot, '../shared/corpus/people.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]?.trim() ?? '')
  .filter((name) => name.length > 2 || /[\u3400-\u4dbf]|[\u{20000}-\u{3134f}]/u.test(name))
  .slice(0, 24);
const absurdName = `${'丽水市莲都区智能制造装备产业技术研究院'.repeat(5)}有限公司`.slice(0, 100);

const values = {
  role: '副理事长单位',
  allianceName: '长三角智能制造产教融合共同体',
  allianceShortName: '长三角智造共同体',
  allianceSelf: '本共同体',
  issuerName: '长三角智能制造产教融合共同体',
  body: '专家指导委员会',
  position: '副主任委员',
  term: '2026年11月至2029年11月',
  issuedOnChinese: '二〇二六年十一月',
  agreementTitle: '校企合作共建智能制造产业学院与工业机器人应用技术实训基地协议',
  signedOnChinese: '二〇二六年十一月十二日',
};

type LineBox = TextBox;

/** Every line pdftotext finds, with its box in pt. */
const lineBoxes = async (pdf: Uint8Array): Promise<LineBox[]> => (await textBoxes(pdf)).lines;

/** Pairs of lines on one page whose boxes cross: text printed over text. */
function overlapping(boxes: readonly LineBox[]): [LineBox, LineBox][] {
  const pairs: [LineBox, LineBox][] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > 0.5 && down > 0.5) pairs.push([a, b]);
    }
  });
  return pairs;
}

function template(id: string): DocumentTemplate {
  const found = findBuiltInTemplate(id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found;
}

describe('texts fitted into their boxes, as printed', () => {
  let engine: LanedPdfEngine;
  beforeAll(async () => {
    engine = await openChromiumPdfEngine({ fontsDir: await prepareFontsDir(repoRoot), lanes: 1 });
  }, 60_000);
  afterAll(() => engine.close());

  const names = [...issueNames, ...longestNames];

  it('prints the longest unit names on the licence, shrunk where needed, with no line over another', async () => {
    const { html, problems } = renderDocumentsHtml({
      template: template(builtInTemplateIds.unitLicence),
      pages: names.map((recipientName, index) => ({ values: { ...values, recipientName, unitName: recipientName }, number: `LSZZ-2026-A${String(index + 1).padStart(3, '0')}` })),
      fontsBaseUrl: 'app://desk/fonts/',
      forPreview: false,
    });
    expect(problems).toEqual([]);
    const boxes = await lineBoxes(await engine.renderPdf(html));
    expect(new Set(boxes.map((box) => box.page)).size).toBe(names.length);
    expect(overlapping(boxes).map(([a, b]) => `page ${String(a.page + 1)}: ${a.text} / ${b.text}`)).toEqual([]);
    // Each name is printed whole, and 「经…审议通过」 and the role line are there to read.
    names.forEach((name, page) => {
      const text = boxes
        .filter((box) => box.page === page)
        .map((box) => box.text)
        .join('');
      expect(text).toContain(name);
      expect(text).toContain('审议通过');
      expect(text).toContain('副理事长单位');
    });
  }, 90_000);

  it('prints both letters of appointment for the corpus people, and the agreement certificate for pairs of the longest names, with no line over another', async () => {
    const documents: { id: string; pages: { values: Record<string, string>; number: string }[] }[] = [
      ...[builtInTemplateIds.appointmentLetter, builtInTemplateIds.appointmentLetterPortrait].map((id) => ({
        id,
        pages: peopleNames.map((recipientName, index) => ({ values: { ...values, recipientName }, number: `LSZZ-2026-P${String(index + 1).padStart(3, '0')}` })),
      })),
      {
        id: builtInTemplateIds.agreementCertificate,
        pages: names.map((name, index) => ({ values: { ...values, recipientName: name, parties: `${name}\u3000${names[(index + 1) % names.length] ?? ''}` }, number: `LSZZ-2026-X${String(index + 1).padStart(3, '0')}` })),
      },
    ];
    for (const { id, pages } of documents) {
      const { html, problems } = renderDocumentsHtml({ template: template(id), pages, fontsBaseUrl: 'app://desk/fonts/', forPreview: false });
      expect(problems).toEqual([]);
      const boxes = await lineBoxes(await engine.renderPdf(html));
      expect(new Set(boxes.map((box) => box.page)).size).toBe(pages.length);
      expect(overlapping(boxes).map(([a, b]) => `${id} page ${String(a.page + 1)}: ${a.text} / ${b.text}`)).toEqual([]);
    }
  }, 120_000);

  it('refuses a 100-character name, naming its page and element, and prints nothing', async () => {
    const { html } = renderDocumentsHtml({
      template: template(builtInTemplateIds.unitLicence),
      pages: [issueNames[0] ?? '', absurdName].map((recipientName) => ({ values: { ...values, recipientName, unitName: recipientName }, number: 'LSZZ-2026-A001' })),
      fontsBaseUrl: 'app://desk/fonts/',
      forPreview: false,
    });
    const error = await engine.renderPdf(html).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe('text-overflow');
    const overflows = ((error as DeskError).details ?? []).map(parseOverflowDetail);
    expect(overflows).toEqual([{ page: 1, elementId: 'recipient', lines: expect.any(Number) as number, maxLines: expect.any(Number) as number, minSizePt: expect.any(Number) as number }]);
    expect(overflows[0]?.lines).toBeGreaterThan(overflows[0]?.maxLines ?? 0);
    // The refused document did not spoil the page: the next one prints.
    const fine = renderDocumentsHtml({ template: template(builtInTemplateIds.unitLicence), pages: [{ values: { ...values, recipientName: issueNames[1] ?? '' } }], fontsBaseUrl: 'app://desk/fonts/', forPreview: false });
    expect((await lineBoxes(await engine.renderPdf(fine.html))).length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses to export or print a batch holding such a name, naming it, and saves or prints nothing', async () => {
    const saved: string[] = [];
    const service = createDocumentsService({
      engine: () => Promise.resolve(engine),
      saveAs: (request) => {
        saved.push(request.suggestedName);
        return Promise.resolve({ outcome: 'cancelled' });
      },
      printSilently: (request) => {
        saved.push(`printed on ${request.printer}`);
        return Promise.resolve({ outcome: 'sent', printer: request.printer, pages: 3 });
      },
    });
    const pages = [issueNames[1] ?? '', issueNames[0] ?? '', absurdName].map((recipientName, index) => ({ values: { ...values, recipientName }, number: `LSZZ-2026-A00${String(index + 1)}` }));
    const { html } = renderDocumentsHtml({ template: template(builtInTemplateIds.unitLicence), pages, fontsBaseUrl: 'app://desk/fonts/', forPreview: false });
    for (const job of [
      () => service.exportPdf({ html, suggestedName: 'licences.pdf' }),
      () => service.exportPdfFiles({ html, fileNames: ['1.pdf', '2.pdf', '3.pdf'], batchName: 'licences' }),
      () => service.print({ html, printer: 'HP', dialog: false, copies: 1 }),
    ]) {
      const error = await job().catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(DeskError);
      expect((error as DeskError).code).toBe('text-overflow');
      expect(((error as DeskError).details ?? []).map(parseOverflowDetail).map((overflow) => [overflow?.page, overflow?.elementId])).toEqual([[2, 'recipient']]);
    }
    expect(saved).toEqual([]);
  }, 60_000);

  it('wraps 专家指导委员会副主任 between words, never inside one', async () => {
    const narrow: DocumentTemplate = {
      ...template(builtInTemplateIds.unitLicence),
      frame: 'none',
      elements: [{ id: 'post', type: 'text', content: '专家指导委员会副主任', xMm: 20, yMm: 20, widthMm: 40, font: 'kai', sizePt: 20, bold: false, color: '#000000', align: 'left', letterSpacingEm: 0, lineHeight: 1.5, maxLines: 3 }],
    };
    const { html } = renderDocumentsHtml({ template: narrow, pages: [{ values: {} }], fontsBaseUrl: 'app://desk/fonts/', forPreview: false });
    const lines = (await lineBoxes(await engine.renderPdf(html))).map((box) => box.text);
    // 40 mm holds five characters at 20 pt: a break inside a word would give 专家指导委/员会副主任.
    expect(lines).toEqual(['专家指导', '委员会', '副主任']);
  }, 30_000);
});
