import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DeskError } from '../../shared/bridge/result';

/**
 * Writes a file so that the user either finds the whole new file or the old one untouched: the
 * bytes go to a temporary file beside the target, which is renamed over it only when complete.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array, mode = 0o666): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.part`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx', mode });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw toDeskError(error, path);
  }
}

export function toDeskError(error: unknown, path: string): DeskError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DeskError('disk-full', `No space left to write ${path}`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new DeskError('not-permitted', `Not allowed to write ${path}`);
  return new DeskError('io-failed', `Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
}
