import { chmod, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { CredentialStorage } from '../../shared/bridge/sync';
import { fingerprintPattern } from '../../shared/sync/enrolment-code';
import { writeFileAtomically } from './write-file';

/** What enrolment leaves on this machine: where the server is and the device's own token. */
export const syncCredentialsSchema = z.object({
  serverUrl: z.string().min(1),
  /** The server certificate's SHA-256 fingerprint from the enrolment code: the only certificate trusted. */
  certificateSha256: z.string().regex(fingerprintPattern).optional(),
  token: z.string().min(1),
  workspaceId: z.string().min(1),
  workspaceName: z.string().optional(),
  deviceId: z.string().min(1),
  enrolledAt: z.string(),
});
export type SyncCredentials = z.infer<typeof syncCredentialsSchema>;

export interface CredentialStore {
  /** How the token is kept, for the Sync screen to say so. */
  storage(): Promise<CredentialStorage>;
  read(): Promise<SyncCredentials | null>;
  write(credentials: SyncCredentials): Promise<void>;
  clear(): Promise<void>;
}

/** The part of Electron's `safeStorage` the store needs (its asynchronous API). */
export interface Cipher {
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(encrypted: Buffer): Promise<string>;
}

const encryptedName = 'sync-credentials.bin';
const plainName = 'sync-credentials.json';

/**
 * The token lives in the main process's data folder, never in the renderer's storage. Encrypted
 * with the operating system's keyring (Electron `safeStorage`) where there is one; otherwise —
 * browser mode, or Linux without a keyring — as a file only this user may read, and the Sync
 * screen says so. A file that cannot be read back counts as "not enrolled": the device enrols again.
 */
export function createCredentialStore(dataDir: string, cipher?: Cipher): CredentialStore {
  let keyring: Promise<Cipher | undefined> | undefined;
  // Asked once, when first needed: the keyring may only be asked after the app is ready.
  const encrypted = (): Promise<Cipher | undefined> =>
    (keyring ??= cipher ? cipher.isAvailable().then((available) => (available ? cipher : undefined), () => undefined) : Promise.resolve(undefined));
  const pathOf = (withKeyring: Cipher | undefined): string => join(dataDir, withKeyring ? encryptedName : plainName);

  return {
    async storage() {
      return (await encrypted()) ? 'encrypted' : 'plain-file';
    },
    async read() {
      const withKeyring = await encrypted();
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(withKeyring));
      } catch {
        return null;
      }
      try {
        const text = withKeyring ? await withKeyring.decrypt(bytes) : bytes.toString('utf8');
        const parsed = syncCredentialsSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(credentials) {
      const withKeyring = await encrypted();
      const text = JSON.stringify(syncCredentialsSchema.parse(credentials));
      const bytes = withKeyring ? await withKeyring.encrypt(text) : Buffer.from(text, 'utf8');
      const path = pathOf(withKeyring);
      await writeFileAtomically(path, bytes, 0o600);
      // The temporary file was created 0600 already; this also tightens a file an older version left.
      await chmod(path, 0o600);
    },
    async clear() {
      await rm(join(dataDir, encryptedName), { force: true });
      await rm(join(dataDir, plainName), { force: true });
    },
  };
}
