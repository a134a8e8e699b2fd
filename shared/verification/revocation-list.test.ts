import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeDocumentCode, verifyDocumentCode } from './document-code';
import { signRevocationList, verifiedRevocations } from './revocation-list';

function testKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  return { keyId: createHash('sha256').update(raw).digest('hex').slice(0, 16), publicKey: raw.toString('base64'), sign: (bytes: Uint8Array) => new Uint8Array(sign(null, bytes, privateKey)) };
}

const revocations = [
  { number: 'CJLM-2025-KQ007', revokedOn: '2026-01-05', reason: '该单位已退出共同体' },
  { number: 'CJLM-2025-KQ003', revokedOn: '2025-11-20', reason: '证书信息有误，已重新颁发' },
];

describe('the signed revocation list', () => {
  it('holds only as signed: a list with one revocation dropped, or signed by another key, is refused', async () => {
    const key = testKey();
    const list = await signRevocationList({ keyId: key.keyId, issuedAt: '2026-01-06T08:00:00.000Z', revocations }, key.sign);
    expect(verifiedRevocations(list, [key])).toEqual(revocations);
    expect(verifiedRevocations({ ...list, revocations: [...revocations].reverse() }, [key])).toEqual([...revocations].reverse());
    expect(verifiedRevocations({ ...list, revocations: revocations.slice(1) }, [key])).toBeNull();
    expect(verifiedRevocations({ ...list, issuedAt: '2027-01-01T00:00:00.000Z' }, [key])).toBeNull();
    const other = testKey();
    expect(verifiedRevocations(await signRevocationList({ keyId: key.keyId, issuedAt: list.issuedAt, revocations: [] }, other.sign), [key])).toBeNull();
    expect(verifiedRevocations(list, [other])).toBeNull();
  });

  it('makes a document on it revoked, with since when and why', async () => {
    const key = testKey();
    const code = await makeDocumentCode({ keyId: key.keyId, number: 'CJLM-2025-KQ007', recipient: '上官精密机械有限公司', role: '理事单位', alliance: '长三角智能制造产教融合共同体', issuedOn: '2025-03-18', term: '' }, key.sign);
    const list = await signRevocationList({ keyId: key.keyId, issuedAt: '2026-01-06T08:00:00.000Z', revocations }, key.sign);
    expect(verifyDocumentCode(code, [key], verifiedRevocations(list, [key]) ?? [])).toMatchObject({ status: 'revoked', revocation: revocations[0] });
  });
});
