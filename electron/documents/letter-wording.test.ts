import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import type { IssueContext } from '../../shared/documents/recipient-values';
import { appointmentRecipient, membershipRecipient } from '../../shared/documents/recipient-values';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { openChromiumPdfEngine } from './chromium-pdf-engine';
import { prepareFontsDir } from './fonts-dir';
import type { LanedPdfEngine } from './pdf-engine';
import { repoRoot, textBoxes } from './test-support';

const mmPerPt = 25.4 / 72;

/** A line of page 1 as pdftotext -bbox-layout finds it: where it starts, and its text. */
interface PdfLine {
  xMinMm: number;
  yMinMm: number;
  text: string;
}

async function pdfLines(pdf: Uint8Array): Promise<PdfLine[]> {
  const { lines } = await textBoxes(pdf, { first: 1, last: 1 });
  return lines.map((line) => ({ xMinMm: line.xMin * mmPerPt, yMinMm: line.yMin * mmPerPt, text: line.text }));
}

function lineStarting(lines: readonly PdfLine[], start: string): PdfLine {
  const line = lines.find((candidate) => candidate.text.startsWith(start));
  if (!line) throw new Error(`no line starts with ${start}: ${lines.map((candidate) => candidate.text).join(' | ')}`);
  return line;
}

function builtIn(id: string): DocumentTemplate {
  const template = findBuiltInTemplate(id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return template;
}

// Names short enough for one line each, so that each text's first line is the line measured.
const community: IssueContext['alliance'] = { name: '丽水产教融合共同体', shortName: '丽水共同体', kind: 'industry-education-community', issuerName: '' };
const context = (alliance: IssueContext['alliance']): IssueContext => ({ alliance, issuedOn: '2026-11-22' });
const unit = { id: '0193f000-0000-7000-8000-000000000201', name: '浙江省丽水市莲都区智能制造装备产业技术研究院' };

describe('the wording and the indents of the built-in letters, on the PDF', () => {
  let engine: LanedPdfEngine;

  beforeAll(async () => {
    engine = await openChromiumPdfEngine({ fontsDir: await prepareFontsDir(repoRoot), lanes: 1 });
  }, 60_000);
  afterAll(() => engine.close());

  async function render(template: DocumentTemplate, values: Parameters<typeof renderDocumentsHtml>[0]['pages'][number]): Promise<PdfLine[]> {
    const { html, problems } = renderDocumentsHtml({ template, pages: [values], fontsBaseUrl: 'http://127.0.0.1:9/fonts', forPreview: false });
    expect(problems).toEqual([]);
    return pdfLines(await engine.renderPdf(html));
  }

  it('a community’s licence says 本共同体, a group’s 本集团, and its closing line starts where the body does', async () => {
    const licence = builtIn(builtInTemplateIds.unitLicence);
    const membership = { id: '0193f000-0000-7000-8000-000000000301', role: 'member-unit' } as const;
    const lines = await render(licence, { values: membershipRecipient(context(community), membership, unit).values, number: 'LSZZ-2026-KQ-Z001' });
    const all = lines.map((line) => line.text).join('');
    expect(all).toContain('贵单位为本共同体');
    expect(all).not.toContain('本联盟');
    const body = lineStarting(lines, '经');
    const closing = lineStarting(lines, '特发此证');
    expect(Math.abs(closing.xMinMm - body.xMinMm)).toBeLessThan(0.5);

    const group: IssueContext['alliance'] = { name: '丽水职业教育集团', shortName: '', kind: 'vocational-education-group', issuerName: '丽水职业教育集团秘书处' };
    const groupLines = await render(licence, { values: membershipRecipient(context(group), membership, unit).values, number: 'LSZJ-2026-KQ-Z001' });
    const groupText = groupLines.map((line) => line.text).join('');
    expect(groupText).toContain('贵单位为本集团');
    // The issuer it set is printed under the text, its name no longer doubled as issuer.
    expect(groupText).toContain('丽水职业教育集团秘书处');
  }, 60_000);

  it.each([
    ['landscape', builtInTemplateIds.appointmentLetter],
    ['portrait', builtInTemplateIds.appointmentLetterPortrait],
  ])('the %s 聘书’s term and closing lines start at the body’s x', async (_orientation, id) => {
    const recipient = appointmentRecipient(
      context({ ...community, name: '丽水共同体' }),
      { id: '0193f000-0000-7000-8000-000000000401', body: 'council', role: 'member', termStart: '2026-11-22', termEnd: '2029-11-21' },
      { id: '0193f000-0000-7000-8000-000000000501', name: '欧阳𠮷', title: '正高级工程师', position: '' },
      { name: unit.name },
    );
    const lines = await render(builtIn(id), { values: recipient.values, number: 'LSZZ-2026-KQ-P001' });
    const body = lineStarting(lines, '兹聘请您为');
    const term = lineStarting(lines, '聘期');
    const closing = lineStarting(lines, '特发此聘书');
    expect(Math.abs(term.xMinMm - body.xMinMm)).toBeLessThan(0.5);
    expect(Math.abs(closing.xMinMm - body.xMinMm)).toBeLessThan(0.5);
    // Indented: two characters in from the text's left edge, not flush with it.
    expect(body.xMinMm).toBeGreaterThan(builtIn(id).elements.find((element) => element.id === 'body')?.xMm ?? 0);
  }, 60_000);
});
