// Before the tests: the Debian packages they need, named with the command that installs them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needs = [
  { package: 'chromium', present: existsSync(chromium) },
  { package: 'fonts-noto-cjk', present: existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
  { package: 'poppler-utils', present: existsSync('/usr/bin/pdftotext') },
  { package: 'cups', present: existsSync('/usr/sbin/cupsd') && existsSync('/usr/bin/lp') },
  { package: 'printer-driver-cups-pdf', present: existsSync('/usr/lib/cups/backend/cups-pdf') },
];
const missing = needs.filter((need) => !need.present).map((need) => need.package);
if (missing.length > 0) {
  console.error(`The tests need these Debian packages: ${missing.join(' ')}`);
  console.error(`Install them with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  console.error('or run  bash .ci/run  which installs them and then runs npm test.');
  process.exit(1);
}

// The printing tests print to this CUPS queue; scripts/cups-for-tests.sh starts cupsd and adds it.
const printer = spawnSync('lpstat', ['-p', 'AllianceDeskPDF'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
if (printer.status !== 0) {
  console.error('The printing tests need the CUPS printer AllianceDeskPDF (cups-pdf). Start CUPS and add it with:  bash scripts/cups-for-tests.sh');
  process.exit(1);
}

// The sync server's tests run against PostgreSQL too: it must be reachable at DATABASE_URL.
const postgresHelp = 'Start it with  bash scripts/postgres-for-tests.sh  and set  DATABASE_URL=postgres://desk:desk@127.0.0.1:5432/desk_test';
if (!process.env.DATABASE_URL) {
  console.error(`The sync server's tests need PostgreSQL, and DATABASE_URL is not set. ${postgresHelp}`);
  process.exit(1);
}
try {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  await client.end();
} catch (error) {
  console.error(`PostgreSQL is not reachable at DATABASE_URL (${error instanceof Error ? error.message : String(error)}). ${postgresHelp}`);
  process.exit(1);
}
