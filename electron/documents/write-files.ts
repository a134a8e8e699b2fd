import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { toDeskError, writeFileAtomically } from '../services/write-file';

/**
 * Writes the PDFs of a batch into one folder, each atomically. Stops at the first failure (a full
 * disk will not get better with the next file) and reports it as disk-full / not-permitted /
 * io-failed; files already written stay, complete, and a retry overwrites them with the same bytes.
 */
export async function writeFilesInto(folder: string, files: readonly { name: string; bytes: Uint8Array }[]): Promise<number> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw toDeskError(error, folder);
  }
  for (const file of files) await writeFileAtomically(join(folder, file.name), file.bytes);
  return files.length;
}
