import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderLockedError, lockDataFolder, lockFileName, processAlive } from './data-lock';

/**
 * Real processes: the lock module, compiled as it is, runs in child Node processes that try to
 * take the lock of one data folder, as two browser-mode starts would.
 */
let holderScript: string;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-lock-code-'));
  const source = readFileSync(fileURLToPath(new URL('./data-lock.ts', import.meta.url)), 'utf8');
  const compiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(join(dir, 'data-lock.mjs'), compiled);
  // Takes the lock, says so on stdout, then holds it until stdin closes (or it is killed).
  holderScript = join(dir, 'holder.mjs');
  writeFileSync(
    holderScript,
    `import { lockDataFolder } from './data-lock.mjs';
try {
  const lock = lockDataFolder(process.argv[2]);
  lock.setOrigin('http://127.0.0.1:17440');
  process.once('exit', () => lock.release());
  console.log('locked');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
} catch (error) {
  console.log('refused: ' + error.message);
  process.exit(3);
}
`,
  );
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts a holder and resolves with its first line and, if it ends, its exit code. */
function startHolder(dataDir: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [holderScript, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ child, line: out.trim() });
    });
    child.once('error', reject);
  });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

describe('the data folder lock', () => {
  it('refuses a second process on the same folder, naming the running one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-lock-'));
    const first = await startHolder(dataDir);
    expect(first.line).toBe('locked');

    const second = await startHolder(dataDir);
    expect(second.line).toBe(`refused: The data folder ${dataDir} is in use by process ${first.child.pid} at http://127.0.0.1:17440`);
    expect(await exited(second.child)).toBe(3);

    expect(() => lockDataFolder(dataDir)).toThrow(DataFolderLockedError);
    try {
      lockDataFolder(dataDir);
    } catch (error) {
      expect((error as DataFolderLockedError).holder).toMatchObject({ pid: first.child.pid, origin: 'http://127.0.0.1:17440' });
    }
  });

  it('is released when the holder ends, and a later start takes it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-lock-'));
    const first = await startHolder(dataDir);
    first.child.stdin?.end();
    expect(await exited(first.child)).toBe(0);
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);

    const next = await startHolder(dataDir);
    expect(next.line).toBe('locked');
  });

  it('takes over a stale lock left by a killed process', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-lock-'));
    const first = await startHolder(dataDir);
    const pid = first.child.pid ?? 0;
    first.child.kill('SIGKILL');
    await exited(first.child);
    // SIGKILL runs no exit handler: the file still names the dead pid.
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({ pid });
    expect(processAlive(pid)).toBe(false);

    const next = await startHolder(dataDir);
    expect(next.line).toBe('locked');
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({ pid: next.child.pid });
  });

  it('takes over a damaged lock file, and release leaves another holder’s lock alone', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-lock-'));
    writeFileSync(join(dataDir, lockFileName), 'not json');
    const lock = lockDataFolder(dataDir);
    // Another process took the folder over (say, after judging this one dead): our release must not remove its lock.
    writeFileSync(join(dataDir, lockFileName), JSON.stringify({ pid: process.pid + 1, startedAt: '' }));
    lock.release();
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
  });
});

describe('the desktop app on the same folder', () => {
  it('refuses browser mode while the desktop app’s single-instance lock names a running process, not after it ended', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-lock-'));
    // A running process stands in for Electron: Chromium links SingletonLock to "<host>-<pid>".
    const desktop = await startHolder(mkdtempSync(join(tmpdir(), 'desk-lock-other-')));
    symlinkSync(`${hostname()}-${desktop.child.pid}`, join(dataDir, 'SingletonLock'));
    expect(() => lockDataFolder(dataDir)).toThrow(`The data folder ${dataDir} is in use by the desktop app, process ${desktop.child.pid}`);

    desktop.child.kill('SIGKILL');
    await exited(desktop.child);
    lockDataFolder(dataDir).release();
  });
});
