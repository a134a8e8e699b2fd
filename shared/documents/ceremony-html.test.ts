import { describe, expect, it } from 'vitest';
import { documentTemplateSchema } from '../domain/documents';
import { badgeGrid, renderBadgeSheetHtml } from './badge-sheet-html';
import { builtInTemplates, findBuiltInTemplate } from './built-in-templates';
import { ceremonyTemplateIds, ceremonyTemplates, tableCard } from './ceremony-templates';
import { eventDateText, whenAndWhere } from './event-heading';
import { placeholderKeys, referencedPlaceholders } from './placeholders';
import { agendaInTimeOrder, programmeLayout, renderProgrammeHtml } from './programme-html';
import { renderDocumentsHtml } from './render-html';
import { renderSignInSheetHtml, signInLayout, signInPageCount } from './sign-in-sheet-html';

const heading = { allianceName: '丽水产教融合共同体', eventTitle: '2026年丽水产教融合共同体成立大会', dateText: '2026年12月3日', venue: '丽水市会展中心三楼报告厅' };
const longUnit = '江苏太湖-FANUC智能制造技术（苏州）有限公司吴中区分公司数控系统应用技术培训中心暨苏州太湖智能制造职业教育集团第3实训基地（2025年度认定）';

/** The HTML of each page, in order. */
const pagesOf = (html: string): string[] => html.split('<section class="page">').slice(1);
const count = (text: string, part: string): number => text.split(part).length - 1;
/** The visible text of some HTML: tags and word-break marks removed, entities left as written. */
const textOf = (html: string): string => html.replace(/<[^>]+>/g, '');
const unmarked = (html: string): string => html.replaceAll('<wbr>', '');

describe('event heading', () => {
  it('writes the dates as an office does, and leaves out what the event does not say', () => {
    expect(eventDateText({ startsOn: '2026-12-03', endsOn: null })).toBe('2026年12月3日');
    expect(eventDateText({ startsOn: '2026-12-03', endsOn: '2026-12-04' })).toBe('2026年12月3日至12月4日');
    expect(eventDateText({ startsOn: '2026-12-31', endsOn: '2027-01-01' })).toBe('2026年12月31日至2027年1月1日');
    expect(whenAndWhere({ dateText: '2026年12月3日', venue: '' })).toBe('时间：2026年12月3日');
    expect(whenAndWhere(heading)).toBe('时间：2026年12月3日　地点：丽水市会展中心三楼报告厅');
  });
});

describe('sign-in sheet', () => {
  const rows = Array.from({ length: 40 }, (_, index) => ({ name: `参会人${String(index + 1)}`, unit: index === 0 ? longUnit : `第${String(index + 1)}单位`, position: '副院长' }));

  it('takes as many A4 pages as the rows need, 17 rows a page, the heading and column heads on each', () => {
    const { html, pages } = renderSignInSheetHtml({ heading, rows, fontsBaseUrl: 'app://app/fonts/' });
    expect(pages).toBe(3);
    expect(signInPageCount(40)).toBe(3);
    expect(signInPageCount(34)).toBe(2);
    expect(html).toContain('@page{size:210mm 297mm;margin:0}');
    const sheets = pagesOf(html);
    expect(sheets).toHaveLength(3);
    sheets.forEach((sheet, index) => {
      expect(textOf(sheet)).toContain('签到表');
      expect(textOf(sheet)).toContain(heading.eventTitle);
      expect(textOf(sheet)).toContain('时间：2026年12月3日　地点：丽水市会展中心三楼报告厅');
      expect(textOf(sheet)).toContain('序号姓名单位职务签名');
      // Fixed rows: the last page is filled with blank rows for those who come unannounced.
      expect(count(sheet, '<div class="row">')).toBe(signInLayout.rowsPerPage);
      expect(textOf(sheet)).toContain(`第 ${String(index + 1)} 页 / 共 3 页`);
    });
    // Numbered on across pages, each name once, in order.
    expect(textOf(sheets[1] ?? '')).toContain('18参会人18');
    expect(textOf(sheets[2] ?? '')).toContain('40参会人40');
    expect(count(textOf(sheets[2] ?? ''), '参会人')).toBe(6);
    const names = [...textOf(html).matchAll(/参会人(\d+)/g)].map((match) => Number(match[1]));
    expect(names).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
  });

  it('marks the unit cell for fitting on two lines with word breaks, and prints a blank sheet for no rows', () => {
    const { html } = renderSignInSheetHtml({ heading, rows, fontsBaseUrl: 'x' });
    expect(html).toContain('<div class="t unit" data-el="unit-1" data-lines="2" data-min="6">江苏<wbr>太湖');
    expect(html).toContain('有限公司<wbr>');
    const empty = renderSignInSheetHtml({ heading, rows: [], fontsBaseUrl: 'x' });
    expect(empty.pages).toBe(1);
    expect(count(empty.html, '<div class="row">')).toBe(signInLayout.rowsPerPage);
    expect(textOf(empty.html)).toContain('第 1 页 / 共 1 页');
  });

  it('prints names with markup literally', () => {
    const { html } = renderSignInSheetHtml({
      heading: { ...heading, eventTitle: '<script>alert(1)</script>成立大会' },
      rows: [{ name: '<img src=x onerror=alert(1)>', unit: '"引号" & 单位', position: "O'Brien" }],
      fontsBaseUrl: 'x',
    });
    expect(unmarked(html)).not.toContain('<script>');
    expect(unmarked(html)).not.toContain('<img');
    expect(unmarked(html)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(unmarked(html)).toContain('&quot;引号&quot; &amp; 单位');
    expect(unmarked(html)).toContain('O&#39;Brien');
  });
});

describe('programme', () => {
  const agenda = [
    { time: '10:30', title: '签署校企合作协议', speaker: '' },
    { time: '09:00', title: '主持人宣布大会开始', speaker: '王海斌' },
    { time: '09:30', title: '为成员单位授牌', speaker: '' },
    { time: '09:00', title: '全体起立，奏唱国歌', speaker: '' },
  ];

  it('lists the agenda in time order, items at the same time as entered', () => {
    expect(agendaInTimeOrder(agenda).map((item) => item.title)).toEqual(['主持人宣布大会开始', '全体起立，奏唱国歌', '为成员单位授牌', '签署校企合作协议']);
    const { html, pages } = renderProgrammeHtml({ heading, agenda, fontsBaseUrl: 'x' });
    expect(pages).toBe(1);
    const text = textOf(html);
    expect(text).toContain('会议议程');
    const at = (part: string): number => text.indexOf(part);
    expect(at('09:00主持人宣布大会开始王海斌')).toBeGreaterThan(0);
    expect(at('主持人宣布大会开始')).toBeLessThan(at('全体起立'));
    expect(at('全体起立')).toBeLessThan(at('为成员单位授牌'));
    expect(at('为成员单位授牌')).toBeLessThan(at('签署校企合作协议'));
    // One page is not numbered.
    expect(text).not.toContain('第 1 页');
  });

  it('runs on to further numbered pages, 13 items a page, and escapes the items', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({ time: `${String(8 + Math.floor(index / 6)).padStart(2, '0')}:${String((index % 6) * 10).padStart(2, '0')}`, title: `议程<${String(index + 1)}>`, speaker: '' }));
    const { html, pages } = renderProgrammeHtml({ heading, agenda: many, fontsBaseUrl: 'x' });
    expect(pages).toBe(Math.ceil(30 / programmeLayout.rowsPerPage));
    const sheets = pagesOf(html);
    expect(count(sheets[0] ?? '', '<div class="row">')).toBe(13);
    expect(count(sheets[2] ?? '', '<div class="row">')).toBe(4);
    expect(textOf(sheets[2] ?? '')).toContain('第 3 页 / 共 3 页');
    expect(unmarked(html)).toContain('议程&lt;30&gt;');
    expect(unmarked(html)).not.toContain('议程<30>');
  });
});

describe('badge sheet', () => {
  const badges = Array.from({ length: 17 }, (_, index) => ({ name: `嘉宾${String(index + 1)}`, unit: '丽水职业技术学院', role: '出席领导' }));

  it('places 90 × 60 mm badges eight to an A4 sheet, centred, with cut marks on every cut line', () => {
    expect(badgeGrid()).toEqual({ columns: 2, rows: 4, leftMm: 15, topMm: 28.5, perPage: 8 });
    expect(badgeGrid({ width: 85, height: 54 }).perPage).toBe(10);
    const { html, pages, perPage } = renderBadgeSheetHtml({ heading, badges, fontsBaseUrl: 'x' });
    expect(perPage).toBe(8);
    expect(pages).toBe(3);
    const sheets = pagesOf(html);
    expect(sheets.map((sheet) => count(sheet, 'class="badge"'))).toEqual([8, 8, 1]);
    // 3 vertical cut lines and 5 horizontal ones, marked at both ends.
    for (const sheet of sheets) expect(count(sheet, 'class="cut ')).toBe(2 * 3 + 2 * 5);
    expect(sheets[0]).toContain('style="left:105mm;top:88.5mm"');
    expect(textOf(sheets[2] ?? '')).toContain('嘉宾17');
  });

  it('escapes what it prints', () => {
    const { html } = renderBadgeSheetHtml({ heading: { eventTitle: 'A&B' }, badges: [{ name: '<b>王</b>', unit: 'x', role: 'y' }], fontsBaseUrl: 'x' });
    expect(unmarked(html)).toContain('&lt;b&gt;王&lt;/b&gt;');
    expect(unmarked(html)).toContain('A&amp;B');
  });
});

describe('ceremony templates', () => {
  it('are registered built-ins, valid records using only known placeholders', () => {
    for (const template of ceremonyTemplates) {
      expect(findBuiltInTemplate(template.id)).toBe(template);
      expect(documentTemplateSchema.parse(template)).toEqual(template);
      for (const element of template.elements) if (element.type === 'text') for (const key of referencedPlaceholders(element.content)) expect(placeholderKeys).toContain(key);
    }
    expect(builtInTemplates.filter((template) => template.kind === 'participation-certificate').map((template) => template.id)).toEqual([ceremonyTemplateIds.participationCertificate]);
  });

  it('print a table card with the name on both halves of the sheet, the far one turned half a turn', () => {
    const { html, problems } = renderDocumentsHtml({ template: tableCard, pages: [{ values: { recipientName: '欧阳𠮷' } }, { values: { recipientName: '上官婉儿' } }], fontsBaseUrl: 'x', forPreview: false });
    expect(problems).toEqual([]);
    const sheets = html.split('<section class="page"').slice(1);
    expect(sheets).toHaveLength(2);
    expect(count(textOf(sheets[0] ?? ''), '欧阳𠮷')).toBe(2);
    expect(html).toMatch(/\.e-name-far\{[^}]*transform:rotate\(180deg\)/);
    expect(html).not.toMatch(/\.e-name\{[^}]*rotate/);
    // The two boxes sit in the two halves of the fold (105 mm).
    const far = tableCard.elements.find((element) => element.id === 'name-far');
    const near = tableCard.elements.find((element) => element.id === 'name');
    expect(far && far.yMm + 40 < 105).toBe(true);
    expect(near && near.yMm > 105).toBe(true);
  });
});
