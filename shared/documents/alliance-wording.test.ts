import { describe, expect, it } from 'vitest';
import { documentTemplateSchema } from '../domain/documents';
import { builtInTemplateIds, findBuiltInTemplate } from './built-in-templates';
import { placeholderKeys } from './placeholders';
import { membershipRecipient } from './recipient-values';
import { renderDocumentsHtml, resolvePageTexts } from './render-html';

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence);
const alliance = { name: '丽水智能制造产教融合共同体', shortName: '', kind: 'industry-education-community' as const, issuerName: '' };
const values = membershipRecipient({ alliance, issuedOn: '2026-12-03' }, { id: 'm1', role: 'member-unit' }, { id: 'u1', name: '丽水市职业高级中学' }).values;

describe('the wording a template gives the alliance', () => {
  it('comes through a placeholder the template editor offers, so each template can word it', () => {
    expect(placeholderKeys).toContain('allianceSelf');
    expect(placeholderKeys).toContain('issuerName');
    expect(licence?.elements.find((element) => element.id === 'body')).toMatchObject({ content: '经{allianceName}审议通过，贵单位为{allianceSelf}' });
  });

  it('is the copy’s own once a copied template is edited', () => {
    if (!licence) throw new Error('no licence');
    // A copy is a record of its own (templates/copy-template.ts): its texts are what the editor saved.
    const copy = documentTemplateSchema.parse({
      ...licence,
      id: '0193f000-0000-7000-8000-000000000901',
      allianceId: null,
      elements: licence.elements.map((element) => (element.id === 'body' ? { ...element, content: '经{allianceName}理事会审议通过，贵单位为本共同体正式' } : element)),
    });
    expect(resolvePageTexts(copy, { values }).texts.body).toBe('经丽水智能制造产教融合共同体理事会审议通过，贵单位为本共同体正式');
    expect(resolvePageTexts(licence, { values }).texts.body).toBe('经丽水智能制造产教融合共同体审议通过，贵单位为本共同体');
  });

  it('prints the alliance’s scanned signature where a template places it', () => {
    if (!licence) throw new Error('no licence');
    const signature = 'data:image/png;base64,iVBORw0KGgo=';
    const template = { ...licence, elements: [...licence.elements, { id: 'signature', type: 'image' as const, source: 'alliance-signature' as const, xMm: 200, yMm: 150, widthMm: 40, heightMm: 15, opacity: 1 }] };
    expect(renderDocumentsHtml({ template, pages: [{ values }], assets: { allianceSignature: signature }, fontsBaseUrl: '.', forPreview: false }).html).toContain(`src="${signature}"`);
  });
});
