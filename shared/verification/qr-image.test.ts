import { describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../documents/built-in-templates';
import { renderDocumentsHtml } from '../documents/render-html';
import type { DocumentTemplate } from '../domain/documents';
import { codeFromQrContent, qrContent, qrSymbol } from './qr-image';

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const values = { recipientName: '上官精密机械有限公司', role: '理事单位', allianceName: '长三角智能制造产教融合共同体', allianceSelf: '本共同体', issuerName: '长三角智能制造产教融合共同体', issuedOnChinese: '二〇二五年三月十八日' };

describe('what a QR holds', () => {
  it('links to the verification page with the code in the fragment, given back exactly, spaces and % included', () => {
    const code = 'AB %20 C%25D:E';
    const link = qrContent(code, ' https://cjlm.example.org/verify.html#old ');
    expect(link).toBe('https://cjlm.example.org/verify.html#AB%20%2520%20C%2525D:E');
    expect(link).not.toContain(' ');
    expect(codeFromQrContent(link)).toBe(code);
    expect(qrContent(code, '')).toBe(code);
    expect(codeFromQrContent(code)).toBe(code);
  });

  it('is printed where the template places it, marked in the preview before issuing, and absent from a print without a code', () => {
    const page = { values, number: 'CJLM-2025-KQ001' };
    const printed = renderDocumentsHtml({ template: licence, pages: [{ ...page, qr: 'HELLO' }], fontsBaseUrl: '/fonts', forPreview: false }).html;
    expect(printed).toMatch(/<img class="i qr" alt="" src="data:image\/svg\+xml,[^"]+" style="left:36mm;top:148mm;width:28mm;height:28mm">/);
    expect(renderDocumentsHtml({ template: licence, pages: [page], fontsBaseUrl: '/fonts', forPreview: true }).html).toContain('<div class="i slot qr-slot" style="left:36mm;top:148mm;width:28mm;height:28mm">二维码</div>');
    const withoutCode = renderDocumentsHtml({ template: licence, pages: [page], fontsBaseUrl: '/fonts', forPreview: false }).html;
    expect(withoutCode).not.toContain('class="i qr');
    expect(withoutCode).not.toContain('qr-slot"');
  });

  it('keeps a base45 code in alphanumeric mode: a smaller symbol than the same length in lowercase bytes', () => {
    const code = 'ABC123 $%*+-./:'.repeat(20);
    expect(qrSymbol(code).modules).toBeLessThan(qrSymbol(code.toLowerCase().replace(/[^a-z0-9]/g, 'x')).modules);
    expect(qrSymbol(code).svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  });
});
