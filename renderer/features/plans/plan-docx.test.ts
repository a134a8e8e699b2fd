import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planDocument } from '../../../shared/documents/plan-document';
import { samplePlanSource } from '../../../shared/documents/plan-sample';
import { planDocx } from './plan-docx';

async function documentXml(taskCount: number, change: (source: ReturnType<typeof samplePlanSource>) => void = () => undefined): Promise<Record<string, string>> {
  const source = samplePlanSource(taskCount);
  change(source);
  const files = unzipSync(await planDocx(planDocument(source)));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The text of each paragraph (w:p) of a part, runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''));
}

describe('plan .docx', () => {
  it('has the title, the numbered headings and the body paragraphs with a two-character first-line indent', async () => {
    const xml = (await documentXml(30))['word/document.xml'] ?? '';
    const texts = paragraphs(xml);
    expect(texts).toContain('丽水智能制造产教融合共同体三年行动计划');
    expect(texts).toContain('（2024—2026年）');
    expect(texts.filter((text) => /^[一二三四]、/.test(text))).toEqual(['一、总体要求', '二、组织架构', '三、主要任务', '四、保障措施']);
    expect(texts).toContain('（一）基本原则。坚持政府引导、学校主体、企业参与、协同发展。');
    expect(xml).toContain('w:firstLine="632"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
  });

  it('puts the task table in a landscape section of its own, header row repeated, one row per task', async () => {
    const xml = (await documentXml(30))['word/document.xml'] ?? '';
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sections[0]).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(sections[0]).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"\/>/);
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const table = xml.slice(xml.indexOf('<w:tbl>'));
    expect(xml.indexOf('<w:tbl>')).toBeGreaterThan(xml.indexOf('2024年6月13日'));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows).toHaveLength(31);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(paragraphs(rows[0] ?? '')).toEqual(['序号', '主要任务', '具体内容', '牵头单位', '参与单位', '完成时限', '工作指标']);
    expect(paragraphs(rows[2] ?? '').slice(0, 4)).toEqual(['2', '共建实训基地', '引企入校建设数控加工、工业机器人、智能产线运维实训基地，对接真实生产项目。', '丽水市职业技术学校']);
  });

  it('sets 22 lines of 28 characters with the document grid, as official-document templates do', async () => {
    const files = await documentXml(3);
    const xml = files['word/document.xml'] ?? '';
    const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(xml)?.[0] ?? '';
    const attribute = (element: string, name: string): number => Number(new RegExp(`<w:${element}[^>]* w:${name}="(-?\\d+)"`).exec(section)?.[1]);
    const typeWidthPt = (attribute('pgSz', 'w') - attribute('pgMar', 'left') - attribute('pgMar', 'right')) / 20;
    const typeHeight = attribute('pgSz', 'h') - attribute('pgMar', 'top') - attribute('pgMar', 'bottom');
    // The character pitch is the Normal style's size plus charSpace/4096 pt; Word fits whole pitches.
    const normal = /<w:style w:type="paragraph" w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(files['word/styles.xml'] ?? '')?.[0] ?? '';
    const normalPt = Number(/<w:sz w:val="(\d+)"\/>/.exec(normal)?.[1]) / 2;
    expect(normalPt).toBe(16);
    const pitch = normalPt + attribute('docGrid', 'charSpace') / 4096;
    expect(Math.floor(typeWidthPt / pitch)).toBe(28);
    // The 28 characters fill the line: less than 0.01 pt is left over.
    expect(typeWidthPt - 28 * pitch).toBeLessThan(0.01);
    expect(Math.floor(typeHeight / attribute('docGrid', 'linePitch'))).toBe(22);
    // Lines on the grid's pitch; no run spacing narrows the characters on top of the grid.
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
    expect(xml).not.toMatch(/<w:spacing w:val="-?\d+"\/>/);
  });

  it('numbers pages "— n —" at the foot, odd pages right and even pages left', async () => {
    const files = await documentXml(3);
    const footers = Object.entries(files).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    for (const [, xml] of footers) {
      expect(xml).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    }
    expect(footers.map(([, xml]) => /<w:jc w:val="(right|left)"\/>/.exec(xml)?.[1]).sort()).toEqual(expect.arrayContaining(['left', 'right']));
    expect(files['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
  });

  it('signs with the issuer two characters from the right and the date two characters further right', async () => {
    const texts = (await documentXml(0))['word/document.xml'] ?? '';
    expect(texts).toMatch(/<w:ind w:right="632"\/>[\s\S]{0,400}丽水智能制造产教融合共同体<\/w:t>/);
    expect(texts).toMatch(/<w:ind w:right="2054"\/>[\s\S]{0,400}2024年6月13日<\/w:t>/);
  });

  it('writes markup in names as text and leaves out the table of a plan without tasks', async () => {
    const files = await documentXml(0, (source) => {
      source.plan.title = '<w:t>计划</w:t>&';
    });
    const xml = files['word/document.xml'] ?? '';
    expect(xml).toContain('&lt;w:t&gt;计划&lt;/w:t&gt;&amp;');
    expect(xml).not.toContain('<w:tbl>');
  });
});
