import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const unitFile = join(import.meta.dirname, 'alliance-desk-sync.service');
const unit = readFileSync(unitFile, 'utf8');
const serverPackage = JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')) as { scripts: Record<string, string>; files: string[] };
const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((path) => existsSync(path));
const setting = (key: string): string[] => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((match) => match[1] ?? '');

describe('the systemd unit alliance-desk-sync.service', () => {
  it.skipIf(!analyze)('passes systemd-analyze verify without a warning (Debian package systemd; skipped where systemd-analyze is absent)', () => {
    const result = spawnSync(analyze ?? '', ['verify', unitFile], { encoding: 'utf8', env: { ...process.env, SYSTEMD_LOG_COLOR: '0' } });
    // An unknown or misspelt key is only a warning: the test takes any word from verify as a failure.
    expect({ status: result.status, output: `${result.stdout}${result.stderr}`.trim() }).toEqual({ status: 0, output: '' });
  });

  it('starts what the server package runs, keeps its data where systemd gives it a folder, and stops by SIGTERM', () => {
    expect(setting('ExecStart')).toEqual([`/usr/bin/node /opt/alliance-desk-sync/${serverPackage.scripts.start?.replace(/^node /, '') ?? ''}`]);
    expect(setting('WorkingDirectory')).toEqual(['/opt/alliance-desk-sync']);
    expect(setting('StateDirectory')).toEqual(['alliance-desk-sync']);
    expect(setting('Environment')).toContain('DESK_SERVER_DATA=/var/lib/alliance-desk-sync');
    expect(setting('KillSignal')).toEqual(['SIGTERM']);
    expect(setting('User')).toEqual(['alliance-desk']);
    // The unit travels with the package.
    expect(serverPackage.files).toContain('alliance-desk-sync.service');
  });
});
