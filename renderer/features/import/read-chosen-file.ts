import { locateHeader } from './guess-columns';
import type { LocatedSheet } from './guess-columns';
import type { ImportKind } from './import-fields';
import { checkImportFile, readImportFile } from './read-file';

/** A file the user chose, read and with its header found; a file too big is refused before it is read. */
export async function readChosenFile(file: File, kind: ImportKind): Promise<LocatedSheet> {
  checkImportFile(file.name, file.size);
  const sheet = await readImportFile(new Uint8Array(await file.arrayBuffer()), file.name);
  return locateHeader(sheet, kind, file.name);
}
