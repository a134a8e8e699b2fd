import { enrolmentCodeWithPin } from '../../shared/sync/enrolment-code';
import { hashSecret, newEnrolmentCode, normalizeCode } from '../credentials';
import type { Device, Storage, Workspace } from '../storage/storage';

/** What the admin command line does, as functions the tests call too. */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

export async function createWorkspace(storage: Storage, name: string, now: number = Date.now()): Promise<Workspace> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) throw new AdminError('A workspace needs a name of 1 to 100 characters.');
  if (await storage.findWorkspace(trimmed)) throw new AdminError(`A workspace named ${trimmed} exists already.`);
  return storage.createWorkspace(trimmed, new Date(now).toISOString());
}

async function workspaceNamed(storage: Storage, idOrName: string): Promise<Workspace> {
  const workspace = await storage.findWorkspace(idOrName);
  if (!workspace) throw new AdminError(`No workspace ${idOrName}. See the list with: workspaces`);
  return workspace;
}

/** A one-time code for enrolling one device; only its hash is stored. */
export async function issueEnrolmentCode(storage: Storage, idOrName: string, validDays = 7, now: number = Date.now()): Promise<{ code: string; workspace: Workspace; expiresAt: string }> {
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > 90) throw new AdminError('A code is valid for 1 to 90 days.');
  const workspace = await workspaceNamed(storage, idOrName);
  const code = newEnrolmentCode();
  const expiresAt = new Date(now + validDays * 24 * 60 * 60 * 1000).toISOString();
  await storage.addEnrolmentCode(workspace.id, hashSecret(normalizeCode(code)), expiresAt, new Date(now).toISOString());
  return { code, workspace, expiresAt };
}

/**
 * What `enrol-code` prints. The code carries the fingerprint of the certificate the server serves,
 * so the desk pins it; `tls` null (`--no-pin`) leaves the desk to the certificate authorities, for
 * a certificate an authority issued and renews.
 */
export async function enrolmentCodeLines(storage: Storage, idOrName: string, validDays: number, tls: { fingerprint256: string } | null, now: number = Date.now()): Promise<string[]> {
  const issued = await issueEnrolmentCode(storage, idOrName, validDays, now);
  return [
    `Enrolment code for ${issued.workspace.name}: ${tls ? enrolmentCodeWithPin(issued.code, tls.fingerprint256) : issued.code}`,
    `Valid once, until ${issued.expiresAt}. Enter it in the desk under Sync, whole.`,
    tls ? `It carries the SHA-256 fingerprint of this server's certificate, ${tls.fingerprint256}: the desk trusts that certificate only.` : 'It carries no certificate fingerprint: the desk checks the certificate with the system’s certificate authorities.',
  ];
}

export async function listDevices(storage: Storage, idOrName: string): Promise<{ workspace: Workspace; devices: Device[] }> {
  const workspace = await workspaceNamed(storage, idOrName);
  return { workspace, devices: await storage.listDevices(workspace.id) };
}

export async function revokeDevice(storage: Storage, deviceId: string, now: number = Date.now()): Promise<void> {
  if (!(await storage.revokeDevice(deviceId, new Date(now).toISOString()))) throw new AdminError(`No device ${deviceId}.`);
}
