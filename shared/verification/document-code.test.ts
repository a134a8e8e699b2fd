import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base45Alphabet } from './base45';
import type { DocumentClaims, PublicSigningKey } from './document-code';
import { makeDocumentCode, readDocumentCode, verifyDocumentCode } from './document-code';

/** A key as the main process makes one (electron/services/signing-keys.ts), here from node:crypto directly. */
function testKey(): PublicSigningKey & { sign: (bytes: Uint8Array) => Uint8Array } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  return { keyId: createHash('sha256').update(raw).digest('hex').slice(0, 16), publicKey: raw.toString('base64'), sign: (bytes) => new Uint8Array(sign(null, bytes, privateKey)) };
}

const licence: DocumentClaims = { number: 'CJLM-2025-0007', recipient: '上官㐂𠮷（苏州）精密机械制造股份有限公司', role: '常务理事单位', alliance: '长三角智能制造产教融合共同体', issuedOn: '2025-03-18', term: '' };
const letter: DocumentClaims = { number: 'PS-2025-112', recipient: '欧阳明远', role: '专家指导委员会副主任委员', alliance: '全国轨道交通装备制造行业产教融合共同体', issuedOn: '2025-09-01', term: '2025年9月至2028年8月' };

describe('a document code', () => {
  it('reads back as the claims it was made from, in QR alphanumeric characters only', async () => {
    const key = testKey();
    for (const claims of [licence, letter]) {
      const code = await makeDocumentCode({ ...claims, keyId: key.keyId }, key.sign);
      expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
      expect(readDocumentCode(code)?.document).toEqual({ ...claims, keyId: key.keyId });
      expect(verifyDocumentCode(code, [key])).toEqual({ status: 'genuine', document: { ...claims, keyId: key.keyId } });
    }
  });

  it('is not genuine once any one character is changed, nor under a key the alliance does not hold', async () => {
    const key = testKey();
    const code = await makeDocumentCode({ ...licence, keyId: key.keyId }, key.sign);
    for (let index = 0; index < code.length; index += 1) {
      const other = base45Alphabet[(base45Alphabet.indexOf(code[index] ?? '') + 1) % 45] ?? '';
      const changed = code.slice(0, index) + other + code.slice(index + 1);
      expect(verifyDocumentCode(changed, [key]).status, `character ${String(index)}`).toBe('not-genuine');
    }
    expect(verifyDocumentCode(code, [testKey()])).toEqual({ status: 'not-genuine', reason: 'unknown-key' });
    // A forger who keeps the key id but signs with a key of his own.
    const forger = testKey();
    const forged = await makeDocumentCode({ ...licence, recipient: '假冒公司', keyId: key.keyId }, forger.sign);
    expect(verifyDocumentCode(forged, [key])).toEqual({ status: 'not-genuine', reason: 'bad-signature' });
    expect(verifyDocumentCode('HTTPS://EXAMPLE.ORG', [key])).toEqual({ status: 'not-genuine', reason: 'unreadable' });
  });

  it('is revoked when the revocation list names its number, and stays genuine under a retired key', async () => {
    const [old, current] = [testKey(), testKey()];
    const oldCode = await makeDocumentCode({ ...licence, keyId: old.keyId }, old.sign);
    const newCode = await makeDocumentCode({ ...letter, keyId: current.keyId }, current.sign);
    const revocation = { number: licence.number, revokedOn: '2026-01-05', reason: '该单位已退出共同体' };
    expect(verifyDocumentCode(oldCode, [old, current], [revocation])).toEqual({ status: 'revoked', document: { ...licence, keyId: old.keyId }, revocation });
    expect(verifyDocumentCode(oldCode, [old, current]).status).toBe('genuine');
    expect(verifyDocumentCode(newCode, [old, current], [revocation]).status).toBe('genuine');
  });

  it('refuses claims it cannot hold rather than signing something else', async () => {
    const key = testKey();
    await expect(makeDocumentCode({ ...licence, issuedOn: '2025-02-30', keyId: key.keyId }, key.sign)).rejects.toThrow('date of issue');
    await expect(makeDocumentCode({ ...licence, keyId: 'XYZ' }, key.sign)).rejects.toThrow('key id');
  });
});
