import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDocumentCode } from '../../shared/verification/document-code';
import { createSigningService } from './signing';

const claims = { number: 'CJLM-2025-KQ001', recipient: '欧阳明远', role: '专家指导委员会委员', alliance: '长三角智能制造产教融合共同体', issuedOn: '2025-03-18', term: '2025年3月至2028年2月' };

/** A stand-in for Electron's safeStorage: reversible, but not the plain text. */
const keyring = {
  isAvailable: () => Promise.resolve(true),
  encrypt: (text: string) => Promise.resolve(Buffer.from(text, 'utf8').reverse()),
  decrypt: (bytes: Buffer) => Promise.resolve(Buffer.from(bytes).reverse().toString('utf8')),
};

describe('the signing service of the main process', () => {
  it('keeps the keys it makes, signs with them, and moves one to another desk under a passphrase', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-signing-'));
    const desk = createSigningService(dir, keyring);
    const [first, second] = await Promise.all([desk.makeKey(), desk.makeKey()]);
    const codes = await desk.sign(first.keyId, [claims]);
    expect(verifyDocumentCode(codes?.[0] ?? '', [first])).toMatchObject({ status: 'genuine', document: claims });
    expect(await desk.sign('0000000000000000', [claims])).toBeNull();
    // Both keys of a rotation are kept, encrypted: the private key is nowhere in the file as text.
    expect(await readdir(dir)).toEqual(['signing-keys.bin']);
    expect((await readFile(join(dir, 'signing-keys.bin'), 'utf8'))).not.toContain(first.publicKey);
    expect((await stat(join(dir, 'signing-keys.bin'))).mode & 0o777).toBe(0o600);
    expect(await createSigningService(dir, keyring).sign(second.keyId, [claims])).toHaveLength(1);

    const other = createSigningService(await mkdtemp(join(tmpdir(), 'desk-signing-')));
    const file = await desk.exportKey(first.keyId, '秘书处交接口令 2025');
    await expect(other.importKey(file, 'wrong passphrase')).rejects.toThrow('passphrase');
    expect(await other.importKey(file, '秘书处交接口令 2025')).toEqual(first);
    expect(verifyDocumentCode((await other.sign(first.keyId, [claims]))?.[0] ?? '', [first]).status).toBe('genuine');
  });
});
