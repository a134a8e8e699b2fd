import { enrolmentCodeWithPin } from '../../shared/sync/enrolment-code';
import { hashSecret, newEnrolmentCode, normalizeCode } from '../credentials';
import type { DeviceRole, Grant } from '../../shared/sync/permissions';
import { defaultGrant, deviceRoles } from '../../shared/sync/permissions';
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

/** A role as the admin asks for it: its name and, for a member office, its unit by id or by name. */
export interface RoleRequest {
  role: string;
  unit?: string;
}

/** The unit of a member office, by id or by its name or short name as the workspace's records hold it. */
async function unitOf(storage: Storage, workspace: Workspace, idOrName: string): Promise<string> {
  const units = (await storage.state(workspace.id)).filter((field) => field.table === 'units');
  const deleted = new Set(units.filter((field) => field.field === 'deleted' && field.value === true).map((field) => field.rowId));
  const live = units.filter((field) => !deleted.has(field.rowId));
  if (live.some((field) => field.rowId === idOrName)) return idOrName;
  const wanted = idOrName.trim();
  const named = [...new Set(live.filter((field) => (field.field === 'name' || field.field === 'shortName') && field.value === wanted).map((field) => field.rowId))];
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1) throw new AdminError(`Several units of ${workspace.name} are named ${wanted}; give the unit's id: ${named.join(', ')}`);
  throw new AdminError(`No unit ${wanted} in ${workspace.name} (the server knows the units the desks have synced).`);
}

/** A role request checked: a known role, and a member office's unit in the workspace. */
export async function grantFor(storage: Storage, workspace: Workspace, request: RoleRequest): Promise<Grant> {
  if (!(deviceRoles as readonly string[]).includes(request.role)) throw new AdminError(`A role is one of ${deviceRoles.join(', ')}, not ${request.role}.`);
  const role = request.role as DeviceRole;
  if (role !== 'member-office') {
    if (request.unit !== undefined) throw new AdminError('Only a member office has a unit (--unit).');
    return { role, unitId: null };
  }
  if (request.unit === undefined) throw new AdminError('A member office needs its unit: --unit <unit name or id>.');
  return { role, unitId: await unitOf(storage, workspace, request.unit) };
}

/** A one-time code for enrolling one device, with the role that device gets; only its hash is stored. */
export async function issueEnrolmentCode(storage: Storage, idOrName: string, validDays = 7, now: number = Date.now(), role?: RoleRequest): Promise<{ code: string; workspace: Workspace; expiresAt: string; grant: Grant }> {
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > 90) throw new AdminError('A code is valid for 1 to 90 days.');
  const workspace = await workspaceNamed(storage, idOrName);
  const grant = role ? await grantFor(storage, workspace, role) : defaultGrant;
  const code = newEnrolmentCode();
  const expiresAt = new Date(now + validDays * 24 * 60 * 60 * 1000).toISOString();
  await storage.addEnrolmentCode(workspace.id, hashSecret(normalizeCode(code)), expiresAt, new Date(now).toISOString(), grant);
  return { code, workspace, expiresAt, grant };
}

/** A role in words for the device list and the admin's answers. */
export function grantText(grant: Grant): string {
  return grant.role === 'member-office' ? `member-office of unit ${grant.unitId ?? '?'}` : grant.role;
}

/** Gives an enrolled device another role, from its next push on. */
export async function setDeviceRole(storage: Storage, deviceId: string, request: RoleRequest): Promise<Grant> {
  const device = (await Promise.all((await storage.listWorkspaces()).map((workspace) => storage.listDevices(workspace.id)))).flat().find((candidate) => candidate.id === deviceId);
  const workspace = device ? await storage.findWorkspace(device.workspaceId) : null;
  if (!device || !workspace) throw new AdminError(`No device ${deviceId}.`);
  const grant = await grantFor(storage, workspace, request);
  await storage.setDeviceGrant(deviceId, grant);
  return grant;
}

/**
 * What `enrol-code` prints. The code carries the fingerprint of the certificate the server serves,
 * so the desk pins it; `tls` null (`--no-pin`) leaves the desk to the certificate authorities, for
 * a certificate an authority issued and renews.
 */
export async function enrolmentCodeLines(storage: Storage, idOrName: string, validDays: number, tls: { fingerprint256: string } | null, now: number = Date.now(), role?: RoleRequest): Promise<string[]> {
  const issued = await issueEnrolmentCode(storage, idOrName, validDays, now, role);
  return [
    `Enrolment code for ${issued.workspace.name}: ${tls ? enrolmentCodeWithPin(issued.code, tls.fingerprint256) : issued.code}`,
    `The device enrolling with it gets the role ${grantText(issued.grant)}.`,
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
