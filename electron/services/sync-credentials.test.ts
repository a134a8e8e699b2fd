import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cipher } from './sync-credentials';
import { createCredentialStore } from './sync-credentials';

const credentials = {
  serverUrl: 'https://sync.example.cn',
  token: 'secret-token-of-this-device',
  workspaceId: 'ws-1',
  workspaceName: '轨道交通产教联合体',
  deviceId: 'dev-1',
  enrolledAt: '2026-11-22T04:00:00.000Z',
};

/** A stand-in for the keyring: reversible, and visibly not the plain text. */
const fakeKeyring: Cipher = {
  isAvailable: () => Promise.resolve(true),
  encrypt: (text) => Promise.resolve(Buffer.from(text, 'utf8').reverse()),
  decrypt: (bytes) => Promise.resolve(Buffer.from(bytes).reverse().toString('utf8')),
};

describe('the sync credentials of this machine', () => {
  it('keeps the token encrypted when the keyring is available', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-cred-'));
    const store = createCredentialStore(dir, fakeKeyring);
    expect(await store.storage()).toBe('encrypted');
    await store.write(credentials);
    expect(await readdir(dir)).toEqual(['sync-credentials.bin']);
    expect((await readFile(join(dir, 'sync-credentials.bin'))).toString('utf8')).not.toContain(credentials.token);
    expect(await store.read()).toEqual(credentials);
  });

  it('falls back to a file only this user may read, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-cred-'));
    const store = createCredentialStore(dir, { ...fakeKeyring, isAvailable: () => Promise.resolve(false) });
    expect(await store.storage()).toBe('plain-file');
    await store.write(credentials);
    expect((await stat(join(dir, 'sync-credentials.json'))).mode & 0o777).toBe(0o600);
    expect(await createCredentialStore(dir).read()).toEqual(credentials);
  });

  it('reads nothing before enrolment, after forgetting, and from a damaged file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-cred-'));
    const store = createCredentialStore(dir);
    expect(await store.read()).toBeNull();
    await store.write(credentials);
    await store.clear();
    expect(await store.read()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
    const keyringLost = createCredentialStore(dir, { ...fakeKeyring, decrypt: () => Promise.reject(new Error('keyring locked')) });
    await keyringLost.write(credentials);
    expect(await keyringLost.read()).toBeNull();
  });
});
