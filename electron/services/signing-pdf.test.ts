import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate, QrElement } from '../../shared/domain/documents';
import { claimsOf } from '../../shared/verification/claims';
import type { SignedDocument } from '../../shared/verification/document-code';
import { makeDocumentCode, verifyDocumentCode } from '../../shared/verification/document-code';
import { codeFromQrContent, qrContent, qrSymbol } from '../../shared/verification/qr-image';
import { openChromiumPdfEngine } from '../documents/chromium-pdf-engine';
import { prepareFontsDir } from '../documents/fonts-dir';
import type { LanedPdfEngine } from '../documents/pdf-engine';
import { pageTexts, repoRoot, writeTemp } from '../documents/test-support';
import { makeSigningKey, signBytes } from './signing-keys';
import type { SigningKey } from './signing-keys';

const run = promisify(execFile);

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const values = {
  recipientName: '欧阳𠮷㐂（苏州）高端智能制造装备产业技术研究院有限公司',
  role: '常务理事单位',
  allianceName: '长三角智能制造产教融合共同体',
  allianceSelf: '本共同体',
  issuerName: '长三角智能制造产教融合共同体',
  issuedOnChinese: '二〇二五年三月十八日',
};

/** A page of the PDF as pdftoppm rasterises it (grey, 300 dpi), as the RGBA pixels jsQR reads. */
async function pageRaster(pdfPath: string, page: number): Promise<{ width: number; height: number; rgba: Uint8ClampedArray }> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-qr-'));
  await run('pdftoppm', ['-gray', '-r', '300', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, join(dir, 'page')]);
  const data = await readFile(join(dir, 'page.pgm'));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = data.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < width * height; index += 1) {
    const value = grey[index] ?? 255;
    rgba.set([value, value, value, 255], index * 4);
  }
  return { width, height, rgba };
}

describe('the signed QR of an issued licence, read back from its printed PDF', () => {
  let engine: LanedPdfEngine;
  let [retired, current]: SigningKey[] = [];

  beforeAll(async () => {
    engine = await openChromiumPdfEngine({ fontsDir: await prepareFontsDir(repoRoot), lanes: 1 });
    [retired, current] = [makeSigningKey(), makeSigningKey()];
  }, 60_000);
  afterAll(() => engine.close());

  it('decodes to a code that verifies as the document says: genuine, one character changed not, revoked, both keys of a rotation', async () => {
    const [old, now] = [retired as SigningKey, current as SigningKey];
    // Two licences: one signed before the key was rotated (bare code), one after (a link to the verification page).
    const issued = [
      { key: old, number: 'CJLM-2025-KQ001', recipientName: values.recipientName, address: null },
      { key: now, number: 'CJLM-2026-KQ002', recipientName: '上官明远智能装备有限公司', address: 'https://cjlm.example.org/verify.html' },
    ];
    const documents: SignedDocument[] = issued.map(({ key, number, recipientName }) => ({ ...claimsOf({ ...values, recipientName }, number, '2025-03-18'), keyId: key.keyId }));
    const codes = await Promise.all(documents.map((document, index) => makeDocumentCode(document, (bytes) => signBytes(issued[index]?.key ?? old, bytes))));
    const { html, problems } = renderDocumentsHtml({
      template: licence,
      pages: issued.map(({ number, recipientName, address }, index) => ({ values: { ...values, recipientName }, number, qr: qrContent(codes[index] ?? '', address) })),
      fontsBaseUrl: 'http://127.0.0.1:9/fonts',
      forPreview: false,
    });
    expect(problems).toEqual([]);
    const path = await writeTemp(await engine.renderPdf(html));
    const texts = await pageTexts(await readFile(path));
    const keys = [
      { keyId: old.keyId, publicKey: old.publicKey },
      { keyId: now.keyId, publicKey: now.publicKey },
    ];
    for (const [index, document] of documents.entries()) {
      const { width, height, rgba } = await pageRaster(path, index + 1);
      const found = jsQR(rgba, width, height);
      expect(found, `QR on page ${String(index + 1)}`).not.toBeNull();
      const content = found?.data ?? '';
      expect(content.startsWith('https://cjlm.example.org/verify.html#')).toBe(issued[index]?.address !== null);
      const code = codeFromQrContent(content);
      expect(code).toBe(codes[index]);
      const verdict = verifyDocumentCode(code, keys);
      expect(verdict).toEqual({ status: 'genuine', document });
      // The page's text says what its QR says.
      const printed = (texts[index] ?? '').replace(/\s/g, '');
      for (const said of [document.recipient, document.role, document.number, document.alliance]) expect(printed).toContain(said);
      const changed = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
      expect(verifyDocumentCode(changed, keys).status).toBe('not-genuine');
      const revocation = { number: document.number, revokedOn: '2026-01-05', reason: '该单位已退出共同体' };
      expect(verifyDocumentCode(code, keys, [revocation])).toEqual({ status: 'revoked', document, revocation });
    }
  }, 120_000);

  it('prints the QR size for a typical licence and for the largest claims a licence holds', async () => {
    const key = current as SigningKey;
    const side = (licence.elements.find((element) => element.type === 'qr') as QrElement).sizeMm;
    const typical = await makeDocumentCode({ ...claimsOf(values, 'CJLM-2025-KQ001', '2025-03-18'), keyId: key.keyId }, (bytes) => signBytes(key, bytes));
    // Every text at the longest the records allow: 100-character names, a 60-character number.
    const longest = { recipientName: '𠮷'.repeat(50), role: '常务理事单位', allianceName: '联'.repeat(100) };
    const largest = await makeDocumentCode({ ...claimsOf(longest, 'N'.repeat(60), '2025-03-18'), keyId: key.keyId }, (bytes) => signBytes(key, bytes));
    const report = (name: string, content: string): string => {
      const symbol = qrSymbol(content);
      const moduleMm = side / (symbol.modules + 8);
      expect(moduleMm).toBeGreaterThan(0.2);
      return `${name}: ${String(content.length)} characters, version ${String(symbol.version)}, ${String(symbol.modules)}×${String(symbol.modules)} modules, ${side} mm with quiet zone → ${moduleMm.toFixed(2)} mm a module`;
    };
    const lines = [
      report('typical licence, bare code', typical),
      report('typical licence, link', qrContent(typical, 'https://cjlm.example.org/verify.html')),
      report('largest licence, bare code', largest),
      report('largest licence, link', qrContent(largest, 'https://cjlm.example.org/verify.html')),
    ];
    console.log(`QR sizes:\n${lines.join('\n')}`);
    expect(qrSymbol(typical).modules).toBeLessThan(qrSymbol(largest).modules);
  });
});
