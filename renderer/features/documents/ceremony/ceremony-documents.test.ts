import { describe, expect, it } from 'vitest';
import { tableCard } from '../../../../shared/documents/ceremony-templates';
import { charactersWithoutFont } from '../../../../shared/documents/font-coverage';
import { ceremonyDocument, ceremonyTexts, elementPart, isCeremonyKind, pageHtml } from './ceremony-documents';

const heading = { allianceName: '丽水职业教育集团', eventTitle: '成立大会', dateText: '2026年12月3日', venue: '丽水' };
const entries = [
  { id: 'a', personId: 'p1', name: '欧阳明轩', unit: '丽水职业技术学院', position: '副院长', role: '出席领导' },
  // A private-use character, as an office's own 造字 font would type it: no bundled face holds it.
  { id: 'b', personId: 'p2', name: '王\u{E000}', unit: '丽水市职业高级中学', position: '', role: '代表' },
  { id: 'c', personId: null, name: '', unit: '浙江万丰精密制造有限公司', position: '', role: '代表' },
];
const data = { heading, entries, agenda: [{ time: '09:00', title: '开幕', speaker: '' }], tableCard, assets: {}, fontsBaseUrl: 'x' };

describe('ceremony documents', () => {
  it('makes each paper from the participants: the sheet lists all, cards and badges only the named', () => {
    expect(ceremonyDocument('sign-in-sheet', data)).toMatchObject({ pages: 1, widthMm: 210, heightMm: 297, empty: false, missing: [] });
    expect(ceremonyDocument('table-card', data)).toMatchObject({ pages: 2, widthMm: 297, heightMm: 210, empty: false });
    expect(ceremonyDocument('name-badge', data).html).not.toContain('浙江万丰');
    expect(ceremonyDocument('programme', { ...data, agenda: [] }).empty).toBe(true);
    expect(ceremonyDocument('table-card', { ...data, entries: entries.filter((entry) => entry.personId === null) }).empty).toBe(true);
  });

  it('names the card of someone who lacks what a copied template prints', () => {
    const withUnit = { ...tableCard, elements: [...tableCard.elements, { ...tableCard.elements[1], id: 'title-line', content: '{title}' }] } as typeof tableCard;
    expect(ceremonyDocument('table-card', { ...data, tableCard: withUnit }).missing).toEqual([{ name: '王\u{E000}', keys: ['title'] }]);
  });

  it('hands the font check every text printed, so a character no bundled face holds is named', () => {
    expect(charactersWithoutFont(ceremonyTexts('sign-in-sheet', data))).toEqual(['\u{E000}']);
    expect(ceremonyTexts('programme', data)).toContain('开幕');
    expect(ceremonyTexts('table-card', data)).toContain('{recipientName}');
  });

  it('shows one page at a time with the document head, and reads element ids as parts', () => {
    const many = { ...data, entries: Array.from({ length: 20 }, (_, index) => ({ ...entries[0], id: String(index), name: `嘉宾${String(index + 1)}` })) } as typeof data;
    const { html } = ceremonyDocument('name-badge', many);
    const second = pageHtml(html, 1).replaceAll('<wbr>', '');
    expect(second.startsWith(html.slice(0, html.indexOf('<body>')))).toBe(true);
    expect(second.match(/<section class="page"/g)).toHaveLength(1);
    expect(second).toContain('嘉宾9<');
    expect(second).not.toContain('嘉宾8<');
    expect(pageHtml(html, 99).replaceAll('<wbr>', '')).toContain('嘉宾17<');
    expect(pageHtml(html, 0).replaceAll('<wbr>', '')).toContain('嘉宾1<');
    expect(elementPart('unit-12')).toEqual({ part: 'unit', number: 12 });
    expect(elementPart('name-far')).toEqual({ part: 'name', number: undefined });
    expect(isCeremonyKind('programme')).toBe(true);
    expect(isCeremonyKind('unit-licence')).toBe(false);
  });
});
