import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDocumentCode } from '../../shared/verification/document-code';
import type { DocumentClaims } from '../../shared/verification/document-code';
import type { Cipher } from './sync-credentials';
import type { SigningKey } from './signing-keys';
import { exportSigningKey, importSigningKey, makeSigningKey, signBytes } from './signing-keys';
import { writeFileAtomically } from './write-file';

export type PublicKeyInfo = Pick<SigningKey, 'keyId' | 'publicKey' | 'createdAt'>;

export interface SigningService {
  makeKey(): Promise<PublicKeyInfo>;
  /** The codes of the documents in order, or null when this desk does not hold the key. */
  sign(keyId: string, documents: readonly DocumentClaims[]): Promise<string[] | null>;
  exportKey(keyId: string, passphrase: string): Promise<string>;
  importKey(file: string, passphrase: string): Promise<PublicKeyInfo>;
}

const encryptedName = 'signing-keys.bin';
const plainName = 'signing-keys.json';

const publicInfo = (key: SigningKey): PublicKeyInfo => ({ keyId: key.keyId, publicKey: key.publicKey, createdAt: key.createdAt });

/**
 * The alliance keys this desk holds, kept as the sync token is (sync-credentials.ts): encrypted
 * with the operating system's keyring where there is one, else a file only this user may read.
 * The data folder's backups hold the registry only, never this file; a key leaves the desk only
 * as a passphrase-protected export.
 */
export function createSigningService(dataDir: string, cipher?: Cipher): SigningService {
  let keyring: Promise<Cipher | undefined> | undefined;
  const encrypted = (): Promise<Cipher | undefined> =>
    (keyring ??= cipher ? cipher.isAvailable().then((available) => (available ? cipher : undefined), () => undefined) : Promise.resolve(undefined));
  const pathOf = (withKeyring: Cipher | undefined): string => join(dataDir, withKeyring ? encryptedName : plainName);

  const readKeys = async (): Promise<SigningKey[]> => {
    const withKeyring = await encrypted();
    let bytes: Buffer;
    try {
      bytes = await readFile(pathOf(withKeyring));
    } catch {
      return [];
    }
    const text = withKeyring ? await withKeyring.decrypt(bytes) : bytes.toString('utf8');
    return JSON.parse(text) as SigningKey[];
  };
  const writeKeys = async (keys: SigningKey[]): Promise<void> => {
    const withKeyring = await encrypted();
    const text = JSON.stringify(keys);
    const path = pathOf(withKeyring);
    await writeFileAtomically(path, withKeyring ? await withKeyring.encrypt(text) : Buffer.from(text, 'utf8'), 0o600);
    await chmod(path, 0o600);
  };
  const find = async (keyId: string): Promise<SigningKey | undefined> => (await readKeys()).find((key) => key.keyId === keyId);
  // One change to the key file at a time: two windows making keys at once keep both.
  let queue: Promise<unknown> = Promise.resolve();
  const keep = (key: SigningKey): Promise<PublicKeyInfo> => {
    const next = queue.then(async () => {
      const keys = await readKeys();
      if (!keys.some((known) => known.keyId === key.keyId)) await writeKeys([...keys, key]);
      return publicInfo(key);
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    makeKey: () => keep(makeSigningKey()),
    async sign(keyId, documents) {
      const key = await find(keyId);
      if (!key) return null;
      return Promise.all(documents.map((claims) => makeDocumentCode({ ...claims, keyId }, (bytes) => signBytes(key, bytes))));
    },
    async exportKey(keyId, passphrase) {
      const key = await find(keyId);
      if (!key) throw new Error('This desk does not hold that key');
      return exportSigningKey(key, passphrase);
    },
    // Thrown inside the promise: a wrong passphrase is a refused request, not a crash of the handler.
    importKey: async (file, passphrase) => keep(importSigningKey(file, passphrase)),
  };
}
