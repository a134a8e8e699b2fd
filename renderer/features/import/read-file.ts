import { ImportFileError } from './import-errors';
import { readCsv } from './read-csv';
import { readXlsxOffThread } from './read-xlsx-off-thread';
import type { Sheet } from './sheet';

/** Files of 50 MB and more are refused: a registry list is a few megabytes at most. */
export const maxFileBytes = 50_000_000;

export type ImportFormat = 'xlsx' | 'csv';

/**
 * Whether a file can be imported at all, from its name and size alone, so a screen can refuse a
 * 50 MB file before reading it into memory.
 */
export function checkImportFile(fileName: string, size: number): ImportFormat {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== 'xlsx' && extension !== 'csv') throw new ImportFileError('unsupported-type', fileName);
  if (size >= maxFileBytes) throw new ImportFileError('too-big', fileName, size);
  if (size === 0) throw new ImportFileError('empty', fileName);
  return extension;
}

/** A file's bytes as one sheet of text cells; throws ImportFileError naming what is wrong with it. */
export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  const format = checkImportFile(fileName, bytes.byteLength);
  const sheet = format === 'xlsx' ? await readXlsxOffThread(bytes, fileName) : readCsv(bytes, fileName);
  if (sheet.rows.length === 0) throw new ImportFileError('empty', fileName);
  return sheet;
}
