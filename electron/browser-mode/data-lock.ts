import { readFileSync, readlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One browser-mode process per data folder, as the desktop app's single-instance lock gives one
 * app per profile: two processes on one folder would each keep their own sync state and backups
 * beside the other's without a word. The lock is a file holding the holder's pid; a lock whose pid
 * no longer runs (the process was killed, the machine restarted) is stale and taken over.
 */

export const lockFileName = 'browser-mode.lock';

export interface LockHolder {
  pid: number;
  startedAt: string;
  /** The address it serves, once it listens. */
  origin?: string;
  /** The desktop app holds the folder (Electron's single-instance lock), not browser mode. */
  desktop?: boolean;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(`The data folder ${dataDir} is in use by ${holder.desktop ? 'the desktop app, ' : ''}process ${holder.pid}${holder.origin ? ` at ${holder.origin}` : ''}`);
    this.name = 'DataFolderLockedError';
  }
}

export interface DataFolderLock {
  /** Writes the address the holder serves into the lock, so a refused second start can name it. */
  setOrigin(origin: string): void;
  /** Removes the lock if it is still this process's; safe to call more than once, and from an 'exit' handler. */
  release(): void;
}

/** Whether a process with this pid runs: signal 0 checks without sending anything; EPERM means it runs under another user. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return { pid: parsed.pid, startedAt: typeof parsed.startedAt === 'string' ? parsed.startedAt : '', ...(typeof parsed.origin === 'string' ? { origin: parsed.origin } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * The desktop app running on this folder: Chromium's single-instance lock (Electron's
 * requestSingleInstanceLock) is a symbolic link `SingletonLock` → `<host name>-<pid>` in the
 * profile folder on Linux and macOS, the folder both runtimes share (data-dir.ts).
 */
export function desktopHolder(dataDir: string, isAlive: (pid: number) => boolean = processAlive): LockHolder | undefined {
  let target: string;
  try {
    target = readlinkSync(join(dataDir, 'SingletonLock'));
  } catch {
    return undefined;
  }
  const dash = target.lastIndexOf('-');
  const pid = Number(target.slice(dash + 1));
  if (dash < 0 || target.slice(0, dash) !== hostname() || !Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return { pid, startedAt: '', desktop: true };
}

/**
 * Takes the data folder's lock or throws DataFolderLockedError naming the running holder. The
 * file is created with O_EXCL ('wx'), so of two processes starting at the same moment exactly one
 * creates it; a stale or unreadable lock is removed and creation tried once more.
 */
export function lockDataFolder(dataDir: string, options: { pid?: number; now?: () => Date; isAlive?: (pid: number) => boolean } = {}): DataFolderLock {
  const path = join(dataDir, lockFileName);
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? processAlive;
  const holder: LockHolder = { pid, startedAt: (options.now?.() ?? new Date()).toISOString() };
  const write = (flag: 'wx' | 'w'): void => writeFileSync(path, JSON.stringify(holder), { flag, mode: 0o600 });
  const desktop = desktopHolder(dataDir, isAlive);
  if (desktop) throw new DataFolderLockedError(dataDir, desktop);

  for (let attempt = 0; ; attempt += 1) {
    try {
      write('wx');
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readHolder(path);
      if (existing && existing.pid !== pid && isAlive(existing.pid)) throw new DataFolderLockedError(dataDir, existing);
      // A second EEXIST: another process took the stale lock between our removal and our creation.
      if (attempt > 0) throw existing ? new DataFolderLockedError(dataDir, existing) : error;
      unlinkSync(path);
    }
  }

  let held = true;
  const stillOurs = (): boolean => held && readHolder(path)?.pid === pid;
  return {
    setOrigin(origin) {
      if (!stillOurs()) return;
      holder.origin = origin;
      write('w');
    },
    release() {
      if (stillOurs()) unlinkSync(path);
      held = false;
    },
  };
}
