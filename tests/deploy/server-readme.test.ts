import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnrolmentCode } from '../../shared/sync/enrolment-code';
import { protocolHeader, protocolVersion } from '../../shared/sync/protocol';

/**
 * server/README.md's "Deploy it", followed as written in an empty folder: the README's shell blocks
 * of that section run one after the other, with three changes said here, not hidden in the README:
 * - `npm ci` in the repository is left out (it would replace the node_modules these tests run from);
 * - /opt/alliance-desk-sync is a temporary folder, and port 8787 a free loopback port;
 * - the block for systemd (`sh systemd`) is not run (server/service-unit.test.ts checks the unit).
 * Where no route to GitHub exists, better-sqlite3's prebuilt binary comes from a local folder
 * (prebuild-install's `local-prebuilds`), made from the repository's own build of the same version.
 */
const repository = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(repository, 'server', 'README.md'), 'utf8');

function deployBlocks(): { info: string; script: string }[] {
  const start = readme.indexOf('## Deploy it');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(sh[^\n]*)\n([\s\S]*?)^```$/gm)].map((match) => ({ info: match[1] ?? '', script: match[2] ?? '' }));
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });

/** HTTPS to the server as a desk does: the certificate is the one the code pins, or nothing is sent. */
function call(port: number, pin: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((done, fail) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request({ host: '127.0.0.1', port, method, path, rejectUnauthorized: false, headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        done({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') });
      });
    });
    req.on('socket', (socket) => {
      socket.once('secureConnect', () => {
        const served = (socket as unknown as Pick<TLSSocket, 'getPeerCertificate'>).getPeerCertificate().fingerprint256;
        if (served !== pin) req.destroy(new Error(`served certificate ${served}, pinned ${pin}`));
      });
    });
    req.on('error', fail);
    req.end(payload);
  });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('server/README.md, "Deploy it"', () => {
  const folder = mkdtempSync(join(tmpdir(), 'desk-deploy-'));
  const dest = join(folder, 'opt', 'alliance-desk-sync');
  let pid = 0;
  afterAll(() => {
    if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('builds the server package, installs only what it runs in an empty folder, starts it, enrols a desk over pinned TLS, and stops by its pid', async () => {
    const blocks = deployBlocks();
    expect(blocks.map((block) => block.info)).toEqual(['sh repository', 'sh', 'sh', 'sh', 'sh systemd']);
    const [build, install, start, stop] = blocks.map((block) => block.script);
    const port = await freePort();
    const prebuilds = join(folder, 'prebuilds');
    mkdirSync(prebuilds);
    const sqliteVersion = (JSON.parse(readFileSync(join(repository, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string }).version;
    execFileSync('tar', ['-czf', join(prebuilds, `better-sqlite3-v${sqliteVersion}-node-v${process.versions.modules}-linux-${process.arch}.tar.gz`), 'build/Release/better_sqlite3.node'], {
      cwd: join(repository, 'node_modules', 'better-sqlite3'),
    });
    const script = [
      'set -euo pipefail',
      `cd ${JSON.stringify(repository)}`,
      (build ?? '').split('\n').filter((line) => line.trim() !== 'npm ci').join('\n'),
      install,
      start,
    ]
      .join('\n')
      .replaceAll('/opt/alliance-desk-sync', dest)
      .replace('--port 8787', `--port ${port} --host 127.0.0.1`);
    // The README's plain deployment keeps its data in SQLite in ./server-data: a DATABASE_URL the
    // test run itself uses (the PostgreSQL of the storage tests) must not send it to another database.
    const testEnv = { ...process.env };
    delete testEnv.DATABASE_URL;
    const env = { ...testEnv, npm_config_better_sqlite3_local_prebuilds: prebuilds, npm_config_prefer_offline: 'true', npm_config_fund: 'false', npm_config_audit: 'false' };
    // Output to a file, not a pipe: the server started in the background keeps it open.
    const log = join(folder, 'deploy.log');
    const output = openSync(log, 'w');
    const ran = spawnSync('bash', ['-c', script], { stdio: ['ignore', output, output], env, timeout: 600_000 });
    closeSync(output);
    const printed = readFileSync(log, 'utf8');
    expect(ran.status, printed).toBe(0);

    // Only what the server runs, pinned as in the repository's own lock.
    const installed = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--depth=0', '--json'], { cwd: dest, encoding: 'utf8' })) as { dependencies: Record<string, { version: string }> };
    const rootLock = JSON.parse(readFileSync(join(repository, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    for (const [name, { version }] of Object.entries(installed.dependencies)) expect(`${name}@${version}`).toBe(`${name}@${rootLock.packages[`node_modules/${name}`]?.version ?? '?'}`);
    expect(existsSync(join(dest, 'node_modules', 'vite'))).toBe(false);
    // Every package the build imports is one the package installs.
    const imported = new Set([...readFileSync(join(dest, 'dist', 'main.js'), 'utf8').matchAll(/^import [^;]*? from "([^".][^"]*)";$/gm)].map((match) => match[1] ?? '').filter((name) => !name.startsWith('node:')));
    expect([...imported].sort()).toEqual(Object.keys(installed.dependencies).sort());

    const code = parseEnrolmentCode(/Enrolment code for 丽水职教集团: (\S+)/.exec(printed)?.[1] ?? '');
    expect(code?.certificateSha256).toMatch(/^[0-9A-F:]{95}$/);
    pid = Number(readFileSync(join(dest, 'server.pid'), 'utf8'));
    const pin = code?.certificateSha256 ?? '';
    const headers = { [protocolHeader]: String(protocolVersion) };
    let info: { status: number } | undefined;
    for (let attempt = 0; attempt < 300 && !info; attempt += 1) {
      info = await call(port, pin, 'GET', '/v1/info', headers).catch(async () => {
        expect(alive(pid), 'the server stopped before it listened').toBe(true);
        await new Promise((go) => setTimeout(go, 200));
        return undefined;
      });
    }
    expect(info?.status).toBe(200);
    const deviceId = randomUUID();
    const enrolled = await call(port, pin, 'POST', '/v1/enrol', headers, { code: code?.code, deviceId, deviceName: '上官㐂的笔记本' });
    expect(enrolled).toMatchObject({ status: 200, json: { workspaceName: '丽水职教集团', deviceId } });
    const token = (enrolled.json as { token: string }).token;
    expect(await call(port, pin, 'GET', '/v1/pull?after=0&limit=100', { ...headers, authorization: `Bearer ${token}` })).toMatchObject({ status: 200, json: { ops: [], serverSeq: 0 } });

    const stopped = spawnSync('bash', ['-c', `set -euo pipefail\ncd ${JSON.stringify(dest)}\n${stop ?? ''}`], { encoding: 'utf8' });
    expect(stopped.status, stopped.stderr).toBe(0);
    for (let attempt = 0; attempt < 100 && alive(pid); attempt += 1) await new Promise((go) => setTimeout(go, 100));
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dest, 'server-data', 'desk-sync.sqlite'))).toBe(true);
  }, 900_000);
});
