import { describe, expect, it } from 'vitest';
import { exportSigningKey, importSigningKey, keyIdOf, makeSigningKey, signBytes, SigningKeyImportError } from './signing-keys';
import { makeDocumentCode, verifyDocumentCode } from '../../shared/verification/document-code';

const claims = { number: 'LM-2025-0001', recipient: '欧阳𠮷㐂智能制造装备研究院有限公司', role: '理事单位', alliance: '长三角智能制造产教融合共同体', issuedOn: '2025-03-18', term: '' };

describe('the alliance signing key', () => {
  it('signs codes that the pure verifier accepts, named by the id of its public key', async () => {
    const key = makeSigningKey();
    expect(key.keyId).toBe(keyIdOf(Buffer.from(key.publicKey, 'base64')));
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    const code = await makeDocumentCode({ ...claims, keyId: key.keyId }, (bytes) => signBytes(key, bytes));
    expect(verifyDocumentCode(code, [key])).toEqual({ status: 'genuine', document: { ...claims, keyId: key.keyId } });
  });

  it('travels to another desk only with its passphrase', () => {
    const key = makeSigningKey();
    const file = exportSigningKey(key, '联盟秘书处 2025 passphrase');
    expect(file).not.toContain(key.privateKey);
    expect(JSON.parse(file)).not.toHaveProperty('privateKey');
    expect(importSigningKey(file, '联盟秘书处 2025 passphrase')).toEqual(key);
    expect(() => importSigningKey(file, 'another passphrase')).toThrow(SigningKeyImportError);
    expect(() => importSigningKey('{"format":"something else"}', 'x')).toThrow('Not a signing key file');
    expect(() => exportSigningKey(key, 'short')).toThrow('at least 8');
  });

  it('refuses a key file whose public half was swapped for another key', () => {
    const [key, other] = [makeSigningKey(), makeSigningKey()];
    const forged = exportSigningKey({ ...key, publicKey: other.publicKey, keyId: other.keyId }, 'passphrase 1234');
    expect(() => importSigningKey(forged, 'passphrase 1234')).toThrow('Not a signing key file');
  });
});
