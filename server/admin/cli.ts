import { openStorage, storageConfigFrom } from '../open-storage';
import type { Storage } from '../storage/storage';
import { loadServerTls, tlsConfigFrom, TlsConfigError } from '../tls';
import type { RoleRequest } from './commands';
import { AdminError, createWorkspace, enrolmentCodeLines, grantText, listDevices, revokeDevice, setDeviceRole } from './commands';

const usage = `Alliance Desk sync server administration
  npm run server:admin -- workspaces
  npm run server:admin -- create-workspace <name>
  npm run server:admin -- enrol-code <workspace> [--days 7] [--no-pin] [--role secretariat|member-office|read-only] [--unit <unit name or id>]
  npm run server:admin -- fingerprint
  npm run server:admin -- devices <workspace>
  npm run server:admin -- revoke <deviceId>
  npm run server:admin -- role <deviceId> <secretariat|member-office|read-only> [--unit <unit name or id>]
Roles: secretariat changes everything (the default); member-office its own unit, that unit's people, its
memberships' contact person and its agreements' scans; read-only nothing.
Storage: --data <folder> (default ./server-data, or DESK_SERVER_DATA), or DATABASE_URL for PostgreSQL.
Certificate: the self-signed one in <data>/tls/, or --cert/--key as given to the server.`;

/** Options that take no value. */
const flags = new Set(['--no-pin']);

function positional(args: string[]): string[] {
  const values: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && !flags.has(arg)) index += 1;
      continue;
    }
    values.push(arg);
  }
  return values;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** --role and --unit, or none (the secretariat's role). */
function roleOption(args: string[]): RoleRequest | undefined {
  const role = option(args, '--role');
  const unit = option(args, '--unit');
  if (role === undefined && unit === undefined) return undefined;
  return { role: role ?? 'member-office', unit };
}

function daysOption(args: string[]): number {
  const index = args.indexOf('--days');
  return index >= 0 ? Number(args[index + 1]) : 7;
}

async function run(storage: Storage, args: string[]): Promise<void> {
  const [command, argument] = positional(args);
  switch (command) {
    case 'workspaces':
      for (const workspace of await storage.listWorkspaces()) console.log(`${workspace.id}  ${workspace.name}  (created ${workspace.createdAt})`);
      return;
    case 'create-workspace': {
      if (!argument) throw new AdminError('Name the workspace.');
      const workspace = await createWorkspace(storage, argument);
      console.log(`Workspace ${workspace.name} created: ${workspace.id}`);
      return;
    }
    case 'enrol-code': {
      if (!argument) throw new AdminError('Name the workspace.');
      const tls = args.includes('--no-pin') ? null : await loadServerTls(tlsConfigFrom(args));
      for (const line of await enrolmentCodeLines(storage, argument, daysOption(args), tls, Date.now(), roleOption(args))) console.log(line);
      return;
    }
    case 'fingerprint': {
      const tls = await loadServerTls(tlsConfigFrom(args));
      console.log(`SHA-256 fingerprint of ${tls.certFile}: ${tls.fingerprint256}`);
      return;
    }
    case 'devices': {
      if (!argument) throw new AdminError('Name the workspace.');
      const { workspace, devices } = await listDevices(storage, argument);
      console.log(`Devices of ${workspace.name}:`);
      for (const device of devices) {
        const state = device.revokedAt ? `revoked ${device.revokedAt}` : `last sync ${device.lastSeenAt ?? 'never'}`;
        console.log(`${device.id}  ${device.name}  ${grantText(device.grant)}  enrolled ${device.enrolledAt}  ${state}`);
      }
      if (devices.length === 0) console.log('(none yet)');
      return;
    }
    case 'revoke': {
      if (!argument) throw new AdminError('Give the device id (see: devices <workspace>).');
      await revokeDevice(storage, argument);
      console.log(`Device ${argument} revoked: its token is refused from now on.`);
      return;
    }
    case 'role': {
      const role = positional(args)[2];
      if (!argument || !role) throw new AdminError('Give the device id and the role: role <deviceId> <secretariat|member-office|read-only> [--unit <unit>].');
      const grant = await setDeviceRole(storage, argument, { role, unit: option(args, '--unit') });
      console.log(`Device ${argument} is now ${grantText(grant)}; its next push is checked against it.`);
      return;
    }
    default:
      throw new AdminError(usage);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const storage = await openStorage(storageConfigFrom(args));
  try {
    await run(storage, args);
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AdminError || error instanceof TlsConfigError ? error.message : error);
  process.exit(1);
});
