import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import type { PlanSource } from './plan-document';
import { chineseOrdinal, closingIndents, planDocument } from './plan-document';
import { planHtml, samplePlanHtml } from './plan-html';
import { samplePlanSource } from './plan-sample';

const plan: PlanSource['plan'] = {
  title: '丽水智能制造产教融合共同体三年行动计划（2024—2026年）',
  periodFrom: 2024,
  periodTo: 2026,
  status: 'adopted',
  issuer: '',
  documentNumber: '',
  issuedOn: null,
};

function section(id: string, order: string, heading: string, body = '', deleted = false): PlanSource['sections'][number] {
  return { id, order, heading, body, deleted };
}

function task(id: string, order: string, title: string, extra: Partial<PlanSource['tasks'][number]> = {}): PlanSource['tasks'][number] {
  return { id, order, title, description: '', leadUnitId: null, partnerUnitIds: [], dueOn: null, indicators: '', deleted: false, ...extra };
}

const noUnits = new Map<string, string>();

describe('plan document', () => {
  it('numbers sections 一、二、… in their fractional-index order and leaves out deleted ones', () => {
    const [a, c] = generateNKeysBetween(null, null, 2);
    const b = generateKeyBetween(a ?? null, c ?? null);
    const document = planDocument({
      plan,
      sections: [section('s3', c ?? '', '保障措施'), section('s1', a ?? '', '总体要求'), section('s2', b, '主要任务'), section('s4', b, '已删除的部分', '', true)],
      tasks: [],
      unitNames: noUnits,
    });
    expect(document.sections.map((s) => `${s.number}${s.heading}`)).toEqual(['一、总体要求', '二、主要任务', '三、保障措施']);
  });

  it('breaks a tie between equal keys (two offices inserting at the same place) by id', () => {
    const key = generateKeyBetween(null, null);
    const source = (sections: PlanSource['sections']): string[] => planDocument({ plan, sections, tasks: [], unitNames: noUnits }).sections.map((s) => s.heading);
    const x = section('0195-b', key, '乙');
    const y = section('0195-a', key, '甲');
    expect(source([x, y])).toEqual(['甲', '乙']);
    expect(source([y, x])).toEqual(['甲', '乙']);
  });

  it('does not number a heading twice when the user typed the number', () => {
    const keys = generateNKeysBetween(null, null, 2);
    const document = planDocument({ plan, sections: [section('a', keys[0] ?? '', '一、总体要求'), section('b', keys[1] ?? '', '二. 主要任务')], tasks: [], unitNames: noUnits });
    expect(document.sections.map((s) => `${s.number}${s.heading}`)).toEqual(['一、总体要求', '二、主要任务']);
  });

  it('places the signature as GB/T 9704 does for a document without a seal', () => {
    // 13 characters of issuer, a date 6.5 characters wide: it starts two characters right of the issuer.
    expect(closingIndents('丽水智能制造产教融合共同体', '2024年6月13日')).toEqual({ issuer: 2, date: 6.5 });
    // A date longer than the issuer keeps two characters to its right and pushes the issuer in.
    expect(closingIndents('某联盟', '2024年12月31日')).toEqual({ issuer: 8, date: 2 });
    expect(closingIndents('', '2024年6月13日')).toEqual({ issuer: 2, date: 2 });
  });

  it('writes ordinals the Chinese way', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseOrdinal)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('keeps the （一） 1. (1) numbering typed inside a body, one paragraph per line', () => {
    const document = planDocument({ plan, sections: [section('a', 'a0', '主要任务', '（一）深化改革。\n\n1. 共建产业学院。\r\n(1) 联合培养。')], tasks: [], unitNames: noUnits });
    expect(document.sections[0]?.paragraphs).toEqual(['（一）深化改革。', '1. 共建产业学院。', '(1) 联合培养。']);
  });

  it('sets the bracketed period under the title, adds it when missing, and marks a draft', () => {
    expect(planDocument({ plan, sections: [], tasks: [], unitNames: noUnits })).toMatchObject({ title: '丽水智能制造产教融合共同体三年行动计划', subtitles: ['（2024—2026年）'] });
    expect(planDocument({ plan: { ...plan, title: '年度工作计划', periodFrom: 2025, periodTo: 2025, status: 'draft' }, sections: [], tasks: [], unitNames: noUnits })).toMatchObject({
      title: '年度工作计划',
      subtitles: ['（2025年）', '（草案）'],
    });
  });

  it('resolves unit names of the task table and dates it as offices do', () => {
    const units = new Map([
      ['u1', '丽水职业高级中学'],
      ['u2', '丽水思博特精密制造有限公司'],
      ['u3', '浙江杰克缝纫机股份有限公司'],
    ]);
    const [first, second] = generateNKeysBetween(null, null, 2);
    const document = planDocument({
      plan: { ...plan, issuer: '丽水智能制造产教融合共同体', issuedOn: '2024-06-13' },
      sections: [],
      tasks: [task('t2', second ?? '', '共建实训基地', { leadUnitId: 'missing' }), task('t1', first ?? '', '共建产业学院', { leadUnitId: 'u1', partnerUnitIds: ['u2', 'u3'], dueOn: '2026-12-31' })],
      unitNames: units,
    });
    expect(document.date).toBe('2024年6月13日');
    expect(document.tasks).toEqual([
      { number: 1, title: '共建产业学院', description: '', leadUnit: '丽水职业高级中学', partnerUnits: '丽水思博特精密制造有限公司、浙江杰克缝纫机股份有限公司', due: '2026年12月31日', indicators: '' },
      { number: 2, title: '共建实训基地', description: '', leadUnit: '（单位信息未同步）', partnerUnits: '', due: '', indicators: '' },
    ]);
  });
});

describe('plan html', () => {
  it('prints markup in user text literally', () => {
    const html = planHtml(
      {
        plan: { ...plan, title: '<script>alert(1)</script>计划', issuer: '联盟"&\'', documentNumber: '<b>1号</b>' },
        sections: [section('s', 'a0', '<img src=x onerror=alert(1)>', '<i>正文</i>')],
        tasks: [task('t', 'a0', '<u>任务</u>', { leadUnitId: 'u', description: '</td></tr></table>' })],
        unitNames: new Map([['u', '<marquee>单位</marquee>']]),
      },
      'file:///fonts/',
    );
    expect(html).not.toMatch(/<(script|img|i|u|b|marquee)[ >]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;计划');
    expect(html).toContain('一、&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;');
    expect(html).toContain('联盟&quot;&amp;&#39;文件');
    expect(html.match(/<\/table>/g)).toHaveLength(1);
  });

  it('lays out A4 with the GB/T 9704 margins, page numbers at the foot and the bundled fonts', () => {
    const html = samplePlanHtml('file:///opt/desk/fonts/');
    expect(html).toContain('<link rel="stylesheet" data-fonts href="file:///opt/desk/fonts/fonts.css">');
    expect(html).toContain('@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —"/);
    expect(html).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —"/);
    expect(html).toContain("html { font-family: 'LXGW WenKai','Noto Serif SC','HanaMin','Noto Sans SC';");
    // 黑体 first-level headings (GB/T 9704 §7.3.3), falling back through the other bundled faces.
    expect(html).toContain("h2 { margin: 0; font: 500 16pt/calc(225mm / 22) 'Noto Sans SC','Noto Serif SC','HanaMin','LXGW WenKai';");
  });

  it('puts the task table on pages of its own with a repeated header and one row per task', () => {
    const html = samplePlanHtml('.', 30);
    const table = html.slice(html.indexOf('<section class="tasks">'));
    expect(html).toContain('.tasks { page: tasks; break-before: page;');
    expect(table).toContain('<thead><tr><th>序号</th><th>主要任务</th><th>具体内容</th><th>牵头单位</th><th>参与单位</th><th>完成时限</th><th>工作指标</th></tr></thead>');
    expect(table.match(/<tr><td class="center">/g)).toHaveLength(30);
    expect(table).toContain('<td class="center">30</td>');
    expect(html.indexOf('<section class="tasks">')).toBeGreaterThan(html.indexOf('2024年6月13日'));
  });

  it('leaves the table out of a plan without tasks and the masthead out of one without an issuer', () => {
    const source = samplePlanSource(0);
    const html = planHtml({ ...source, plan: { ...source.plan, issuer: '' } }, '.');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('class="masthead"');
  });
});
