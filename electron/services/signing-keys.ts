import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * The alliance's Ed25519 signing key, in the main process only: made here, used here to sign, and
 * leaving only as a passphrase-protected export for another secretariat desk. The renderer and the
 * alliance record see the public half and its id.
 */
export interface SigningKey {
  keyId: string;
  /** Raw 32-byte public key, base64: what the alliance record lists and every verifier embeds. */
  publicKey: string;
  /** PKCS#8 DER, base64. */
  privateKey: string;
  createdAt: string;
}

/** The id every code names its key by: the first 8 bytes of the SHA-256 of the raw public key, hex. */
export function keyIdOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 16);
}

function rawPublicKey(key: KeyObject): Buffer {
  // The JWK of an Ed25519 key holds the raw 32 bytes as `x`.
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

export function makeSigningKey(now = new Date()): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  return { keyId: keyIdOf(raw), publicKey: raw.toString('base64'), privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'), createdAt: now.toISOString() };
}

/** The Ed25519 signature of `bytes` under the key (64 bytes). */
export function signBytes(key: Pick<SigningKey, 'privateKey'>, bytes: Uint8Array): Uint8Array {
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return new Uint8Array(sign(null, bytes, privateKey));
}

/** The key's public half checked against the private one: an import that does not match is refused. */
function consistent(key: SigningKey): boolean {
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  const raw = rawPublicKey(createPublicKey(privateKey));
  return raw.toString('base64') === key.publicKey && keyIdOf(raw) === key.keyId;
}

const exportFormat = 'alliance-desk-signing-key/1';
/** scrypt's cost: N = 2^15 takes ~100 ms here, and 32 MiB, per guess of a passphrase. */
const scryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

export class SigningKeyImportError extends Error {
  constructor(readonly reason: 'not-a-key-file' | 'wrong-passphrase') {
    super(reason === 'wrong-passphrase' ? 'The passphrase does not open this key file' : 'Not a signing key file');
    this.name = 'SigningKeyImportError';
  }
}

/** The key as a file for another secretariat desk: scrypt of the passphrase, AES-256-GCM over the key. */
export function exportSigningKey(key: SigningKey, passphrase: string): string {
  if (passphrase.length < 8) throw new Error('A passphrase of at least 8 characters protects the key');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(passphrase.normalize('NFC'), salt, 32, scryptOptions), iv);
  cipher.setAAD(Buffer.from(exportFormat));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(key), 'utf8'), cipher.final()]);
  return JSON.stringify({ format: exportFormat, keyId: key.keyId, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), sealed: sealed.toString('base64') });
}

export function importSigningKey(file: string, passphrase: string): SigningKey {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(file) as Record<string, unknown>;
  } catch {
    throw new SigningKeyImportError('not-a-key-file');
  }
  const field = (name: string): Buffer => {
    const value = parsed[name];
    if (typeof value !== 'string') throw new SigningKeyImportError('not-a-key-file');
    return Buffer.from(value, 'base64');
  };
  if (parsed.format !== exportFormat) throw new SigningKeyImportError('not-a-key-file');
  const decipher = createDecipheriv('aes-256-gcm', scryptSync(passphrase.normalize('NFC'), field('salt'), 32, scryptOptions), field('iv'));
  decipher.setAAD(Buffer.from(exportFormat));
  decipher.setAuthTag(field('tag'));
  let key: SigningKey;
  try {
    key = JSON.parse(Buffer.concat([decipher.update(field('sealed')), decipher.final()]).toString('utf8')) as SigningKey;
  } catch {
    throw new SigningKeyImportError('wrong-passphrase');
  }
  if (!consistent(key)) throw new SigningKeyImportError('not-a-key-file');
  return key;
}
