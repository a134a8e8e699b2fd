import { describe, expect, it } from 'vitest';
import { codeFromQrContent } from '../../../../shared/verification/qr-image';
import { currentSigningKey, rotatedKeys } from '../../../../shared/verification/signing-key-choice';
import { allianceSigner } from './document-signer';

const key = (keyId: string, retiredAt?: string) => ({ keyId, publicKey: `${'A'.repeat(43)}=`, createdAt: '2025-01-01T00:00:00.000Z', ...(retiredAt ? { retiredAt } : {}) });
const claims = { number: 'CJLM-2025-KQ001', recipient: '上官明远', role: '委员', alliance: '长三角智能制造产教融合共同体', issuedOn: '2025-03-18', term: '' };

describe('signing an alliance’s issue', () => {
  it('signs with the newest unretired key and links each code to the verification page when the alliance has one', async () => {
    const asked: string[] = [];
    const signBatch = (request: { keyId: string; documents: unknown[] }) => {
      asked.push(request.keyId);
      return Promise.resolve({ codes: request.documents.map(() => 'CODE WITH%SPACE') });
    };
    const alliance = { signingKeys: [key('00000000000000aa', '2025-02-01T00:00:00.000Z'), key('00000000000000bb')], verificationAddress: 'https://cjlm.example.org/verify.html' };
    const contents = await allianceSigner(alliance, signBatch)?.([claims]);
    expect(asked).toEqual(['00000000000000bb']);
    expect(contents).toEqual(['https://cjlm.example.org/verify.html#CODE%20WITH%25SPACE']);
    expect(codeFromQrContent(contents?.[0] ?? '')).toBe('CODE WITH%SPACE');
    expect(await allianceSigner({ ...alliance, verificationAddress: '' }, signBatch)?.([claims])).toEqual(['CODE WITH%SPACE']);
    expect(await allianceSigner(alliance, () => Promise.resolve({ codes: null }))?.([claims])).toBeNull();
    expect(allianceSigner({ signingKeys: [], verificationAddress: '' }, signBatch)).toBeUndefined();
  });

  it('rotates by retiring the current key and keeping every old one', () => {
    const alliance = { signingKeys: [key('00000000000000aa')] };
    const rotated = rotatedKeys(alliance, key('00000000000000bb'), '2026-01-05T00:00:00.000Z');
    expect(rotated.map((entry) => [entry.keyId, entry.retiredAt])).toEqual([
      ['00000000000000aa', '2026-01-05T00:00:00.000Z'],
      ['00000000000000bb', undefined],
    ]);
    expect(currentSigningKey({ signingKeys: rotated })?.keyId).toBe('00000000000000bb');
  });
});
