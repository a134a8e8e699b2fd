import { openStorage, storageConfigFrom } from '../open-storage';
import type { Storage } from '../storage/storage';
import { loadServerTls, tlsConfigFrom, TlsConfigError } from '../tls';
import { AdminError, createWorkspace, enrolmentCodeLines, listDevices, revokeDevice } from './commands';

const usage = `Alliance Desk sync server administration
  npm run server:admin -- workspaces
  npm run server:admin -- create-workspace <name>
  npm run server:admin -- enrol-code <workspace> [--days 7] [--no-pin]
  npm run server:admin -- fingerprint
  npm run server:admin -- devices <workspace>
  npm run server:admin -- revoke <deviceId>
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
      for (const line of await enrolmentCodeLines(storage, argument, daysOption(args), tls)) console.log(line);
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
        console.log(`${device.id}  ${device.name}  enrolled ${device.enrolledAt}  ${state}`);
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
