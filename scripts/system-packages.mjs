// The Debian packages the tests need, once: scripts/check-system.mjs checks and installs them before
// `npm test`, and .ci/run installs them (`node scripts/system-packages.mjs` prints the names).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Chromium drives the end-to-end tests, the CJK fonts render Chinese, poppler reads PDFs back, xvfb
 * gives the desktop app a display where an Electron binary exists, PostgreSQL is the sync server's
 * second database, cups and cups-pdf are the real print spooler and PDF printer, and systemd's
 * systemd-analyze checks the server's unit file.
 */
export function systemPackages(env = process.env) {
  return [
    { name: 'chromium', file: env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
    { name: 'poppler-utils', file: '/usr/bin/pdftotext' },
    { name: 'xvfb', file: '/usr/bin/Xvfb' },
    { name: 'postgresql', file: '/usr/bin/pg_lsclusters' },
    { name: 'cups', file: '/usr/sbin/cupsd' },
    { name: 'cups', file: '/usr/bin/lp' },
    { name: 'printer-driver-cups-pdf', file: '/usr/lib/cups/backend/cups-pdf' },
    { name: 'systemd', file: '/usr/bin/systemd-analyze' },
  ];
}

/** The names of the packages whose files are missing, each once. */
export function missingPackages(packages = systemPackages(), exists = existsSync) {
  return [...new Set(packages.filter((entry) => !exists(entry.file)).map((entry) => entry.name))];
}

/**
 * The commands that install `missing`: as root directly, with password-less sudo through `sudo -n`;
 * none when this user may not install (the caller then says what to run).
 */
export function installCommands(missing, { root, sudo }) {
  if (missing.length === 0 || !(root || sudo)) return [];
  const prefix = root ? [] : ['sudo', '-n'];
  return [
    [...prefix, 'apt-get', 'update', '-qq'],
    [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log([...new Set(systemPackages().map((entry) => entry.name))].join(' '));
}
