import { describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../../../shared/documents/built-in-templates';
import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import { membershipRecipient } from '../../../../shared/documents/recipient-values';
import { documentFileName } from '../file-names';
import { alreadyHeld, elementLabel, fillProblems, fitProblems, foreignOfficeNumber, numberScheme, previewNumbers } from './issue-plan';

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const context = { alliance: { name: '丽水智能制造产教融合共同体', shortName: '' }, issuedOn: '2026-11-22' };
const school = membershipRecipient(context, { id: 'm1', role: 'lead-unit' }, { id: 'u1', name: '丽水市职业高级中学' });
const sibot = membershipRecipient(context, { id: 'm2', role: 'member-unit' }, { id: 'u2', name: '丽水思博特精密制造有限公司' });

describe('the issue plan', () => {
  it('makes the scheme from the alliance, the year of issue and the office, or names what is wrong', () => {
    expect(numberScheme({ numberPattern: '{prefix}-{year}-{office}{seq:000}', numberPrefix: 'LSZZ', numberSeries: 'per-kind' }, 'unit-licence', '2026-11-22', 'KQ')).toEqual({ pattern: '{prefix}-{year}-{office}-Z{seq:000}', prefix: 'LSZZ', year: 2026, office: 'KQ' });
    expect(numberScheme({ numberPattern: '{prefix}-{year}-{office}{seq:000}', numberPrefix: 'LSZZ', numberSeries: 'single' }, 'appointment-letter', '2026-11-22', 'KQ')).toEqual({ pattern: '{prefix}-{year}-{office}{seq:000}', prefix: 'LSZZ', year: 2026, office: 'KQ' });
    expect(numberScheme({ numberPattern: '{prefix}-{year}-{office}{seq:000}', numberPrefix: '', numberSeries: 'per-kind' }, 'unit-licence', '2026-11-22', 'KQ')).toBe('missing-prefix');
    expect(numberScheme({ numberPattern: '{prefix}-{office}{seq}', numberPrefix: 'LSZZ', numberSeries: 'per-kind' }, 'unit-licence', '2026-11-22', '')).toBe('required');
  });

  it('previews the numbers the batch will get, in order', () => {
    const scheme = { pattern: '{prefix}-{year}-{office}{seq:000}', prefix: 'LSZZ', year: 2026, office: 'KQ' };
    expect(previewNumbers(scheme, ['LSZZ-2026-KQ004'], 2)).toEqual(['LSZZ-2026-KQ005', 'LSZZ-2026-KQ006']);
  });

  it('names a text that does not fit by its page, its recipient and the fields the element prints', () => {
    expect(fitProblems([school, sibot], [{ page: 1, elementId: 'recipient', lines: 3, maxLines: 2, minSizePt: 15 }])).toEqual([{ page: 2, name: '丽水思博特精密制造有限公司', elementId: 'recipient', lines: 3, maxLines: 2 }]);
    expect(elementLabel(licence, 'recipient', 'zh-CN')).toBe('“受证/受聘方名称”');
    expect(elementLabel(licence, 'recipient', 'en')).toBe('“Recipient name”');
    // An element without fields is known by its words; an unknown one by its id.
    expect(elementLabel(licence, 'title', 'zh-CN')).toBe('“证书”');
    expect(elementLabel(licence, 'gone', 'zh-CN')).toBe('gone');
  });

  it('names the recipient and the field a template cannot fill, by page', () => {
    const template: DocumentTemplate = { ...licence, elements: [...licence.elements, { ...licence.elements[0], id: 'extra', type: 'text', content: '{title}{nonsense}' } as DocumentTemplate['elements'][number]] };
    expect(fillProblems(licence, [school, sibot], ['A', 'B'])).toEqual([]);
    expect(fillProblems(template, [school, sibot], ['A', 'B'])).toEqual([
      { page: 1, name: '丽水市职业高级中学', unknown: ['nonsense'], missing: ['title'] },
      { page: 2, name: '丽水思博特精密制造有限公司', unknown: ['nonsense'], missing: ['title'] },
    ]);
  });

  it('finds the recipients holding a valid document for the same record', () => {
    const held = [{ recipientId: 'u1', sourceId: 'm1', number: 'LSZZ-2026-KQ001' }, { recipientId: 'u2', sourceId: 'm9', number: 'LSZZ-2026-KQ002' }] as IssuedDocument[];
    const found = alreadyHeld([school, sibot], held);
    expect([...found.keys()]).toEqual(['m1/u1']);
    expect(found.get('m1/u1')?.number).toBe('LSZZ-2026-KQ001');
  });

  it('notices a number of this office code made on another device', () => {
    const scheme = { pattern: '{prefix}-{year}-{office}{seq:000}', prefix: 'LSZZ', year: 2026, office: 'KQ' };
    const mine = { number: 'LSZZ-2026-KQ001', deviceId: 'me' };
    expect(foreignOfficeNumber(scheme, [mine, { number: 'LSZZ-2026-AB001', deviceId: 'other' }], 'me')).toBeUndefined();
    expect(foreignOfficeNumber(scheme, [mine, { number: 'LSZZ-2026-KQ002', deviceId: 'other' }], 'me')).toBe('LSZZ-2026-KQ002');
  });

  it('names exported files by number and recipient, without characters a file name cannot hold', () => {
    expect(documentFileName('LSZZ-2026-KQ001', '丽水市职业高级中学')).toBe('LSZZ-2026-KQ001-丽水市职业高级中学.pdf');
    expect(documentFileName('LSZZ-2026-KQ002', '<b>x</b> A/B')).toBe('LSZZ-2026-KQ002-_b_x__b_ A_B.pdf');
  });
});
