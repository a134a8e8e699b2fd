import { describe, expect, it } from 'vitest';
import { installCommands, missingPackages, systemPackages } from '../../scripts/system-packages.mjs';

describe('the Debian packages npm test needs', () => {
  const packages = systemPackages({});
  const present = new Set(packages.map((entry) => entry.file));

  it('are installed by npm test itself as root, with apt-get update first', () => {
    const missing = missingPackages(packages, (file) => present.has(file) && file !== '/usr/bin/systemd-analyze' && file !== '/usr/bin/lp');
    expect(missing).toEqual(['cups', 'systemd']);
    expect(installCommands(missing, { root: true, sudo: false })).toEqual([
      ['apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'cups', 'systemd'],
    ]);
  });

  it('are installed through sudo -n where sudo needs no password, and not at all where this user may not', () => {
    expect(installCommands(['systemd'], { root: false, sudo: true }).map((command) => command.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'env'],
    ]);
    expect(installCommands(['systemd'], { root: false, sudo: false })).toEqual([]);
    expect(installCommands([], { root: true, sudo: false })).toEqual([]);
  });

  it('name what .ci/run installs, PostgreSQL and systemd-analyze included', () => {
    expect(new Set(packages.map((entry) => entry.name))).toEqual(new Set(['chromium', 'fonts-noto-cjk', 'poppler-utils', 'xvfb', 'postgresql', 'cups', 'printer-driver-cups-pdf', 'systemd']));
    expect(systemPackages({ CHROMIUM_PATH: '/opt/chrome/chrome' })[0]).toEqual({ name: 'chromium', file: '/opt/chrome/chrome' });
  });
});
