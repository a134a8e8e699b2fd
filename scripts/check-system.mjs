// Before the tests: the Debian packages they need, named with the command that installs them.
import { spawnSync } from 'node:child_process';
import { installCommands, missingPackages } from './system-packages.mjs';

// Services are started, and missing packages installed, where this user may (root, or sudo without a
// password), so that `npm test` runs on a fresh machine as it is.
const root = process.getuid?.() === 0;
const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
const canStartServices = root || sudo;

let missing = missingPackages();
const commands = installCommands(missing, { root, sudo });
if (commands.length > 0) {
  console.log(`Installing the Debian packages the tests need: ${missing.join(' ')}`);
  for (const [command, ...args] of commands) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`${[command, ...args].join(' ')} failed (${result.error?.message ?? `exit status ${result.status}`}).`);
      break;
    }
  }
  missing = missingPackages();
}
if (missing.length > 0) {
  console.error(`The tests need these Debian packages: ${missing.join(' ')}`);
  console.error(`Install them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  console.error('or run  bash .ci/run  which installs them and then runs npm test.');
  process.exit(1);
}

// The printing tests print to this CUPS queue; scripts/cups-for-tests.sh starts cupsd and adds it.
const startService = (script) => canStartServices && spawnSync('bash', [script], { stdio: 'inherit' }).status === 0;
const printerReady = () => spawnSync('lpstat', ['-p', 'AllianceDeskPDF'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).status === 0;
if (!printerReady() && !(startService('scripts/cups-for-tests.sh') && printerReady())) {
  console.error('The printing tests need the CUPS printer AllianceDeskPDF (cups-pdf). Start CUPS and add it with:  bash scripts/cups-for-tests.sh');
  process.exit(1);
}

// The sync server's tests run against PostgreSQL too, at DATABASE_URL or the database that
// scripts/postgres-for-tests.sh makes (server/testing/test-storage.ts has the same default).
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://desk:desk@127.0.0.1:5432/desk_test';
const postgresHelp = 'Start it with  bash scripts/postgres-for-tests.sh  (or set DATABASE_URL to another PostgreSQL database the tests may use)';
const { default: pg } = await import('pg');
async function postgresProblem() {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
let problem = await postgresProblem();
if (problem && !process.env.DATABASE_URL && startService('scripts/postgres-for-tests.sh')) problem = await postgresProblem();
if (problem) {
  console.error(`The sync server's tests need PostgreSQL, which is not reachable at ${databaseUrl} (${problem}). ${postgresHelp}`);
  process.exit(1);
}
