import { participantHeaderSynonyms, personHeaderSynonyms, unitHeaderSynonyms } from './header-synonyms';
import { ImportFileError } from './import-errors';
import type { ColumnMapping, ImportField, ImportKind } from './import-fields';
import { normalizeHeader } from './normalize-header';
import type { Sheet, SheetRow } from './sheet';

/** Lists longer than this are refused: the preview and the one transaction would take minutes. */
export const maxDataRows = 50_000;
/** Title lines ("××共同体成员单位名单") above the header are common; the header is looked for this far down. */
const headerSearchRows = 5;

interface Synonym {
  word: string;
  field: ImportField;
}

function synonymsOf(kind: ImportKind): Synonym[] {
  const lists: Record<string, readonly string[]> = { units: unitHeaderSynonyms, people: personHeaderSynonyms, participants: participantHeaderSynonyms }[kind];
  return Object.entries(lists).flatMap(([field, words]) => words.map((word) => ({ word: normalizeHeader(word), field: field as ImportField })));
}

const synonyms: Record<ImportKind, Synonym[]> = { units: synonymsOf('units'), people: synonymsOf('people'), participants: synonymsOf('participants') };
const hasChinese = /\p{Script=Han}/u;

/** The field a header names exactly (after normalizing), if any. */
function exactField(header: string, kind: ImportKind): ImportField | undefined {
  const normalized = normalizeHeader(header);
  return normalized === '' ? undefined : synonyms[kind].find((synonym) => synonym.word === normalized)?.field;
}

/**
 * The field of a Chinese header word inside a longer header. A Chinese noun phrase ends with
 * what it names, so a word at the end wins, then the longest: 单位联系人电话 is the contact's
 * phone, not the contact, and is left out when another column already has that field.
 */
function containedField(header: string, kind: ImportKind, taken: Set<ImportField>): ImportField | undefined {
  const normalized = normalizeHeader(header);
  let best: { field: ImportField; score: number } | undefined;
  for (const synonym of synonyms[kind]) {
    if (!hasChinese.test(synonym.word) || !normalized.includes(synonym.word)) continue;
    const score = (normalized.endsWith(synonym.word) ? 100 : 0) + synonym.word.length;
    if (!best || score > best.score) best = { field: synonym.field, score };
  }
  return best && !taken.has(best.field) ? best.field : undefined;
}

/** A first guess of the field of each column: exact header words first, then words inside headers; each field once. */
export function guessMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping = headers.map((header) => {
    const field = exactField(header, kind);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
  return mapping.map((field, column) => {
    if (field) return field;
    const contained = containedField(headers[column] ?? '', kind, taken);
    if (contained) taken.add(contained);
    return contained ?? null;
  });
}

export interface LocatedSheet {
  sheet: Sheet;
  headerRow: number;
  headers: string[];
  dataRows: SheetRow[];
  guess: ColumnMapping;
}

/**
 * Finds the header: the first of the top rows with at least one header it knows exactly. A sheet
 * without one is refused rather than guessed at, since its first row of data would be lost.
 */
export function locateHeader(sheet: Sheet, kind: ImportKind, fileName: string): LocatedSheet {
  const index = sheet.rows.slice(0, headerSearchRows).findIndex((row) => row.cells.some((cell) => exactField(cell.text, kind) !== undefined));
  const header = sheet.rows[index];
  if (!header) throw new ImportFileError('no-header', fileName);
  const dataRows = sheet.rows.slice(index + 1);
  if (dataRows.length === 0) throw new ImportFileError('no-rows', fileName);
  if (dataRows.length > maxDataRows) throw new ImportFileError('too-many-rows', fileName, dataRows.length);
  const columns = sheet.rows.slice(index).reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const headers = Array.from({ length: columns }, (_, column) => header.cells[column]?.text.trim() ?? '');
  return { sheet, headerRow: header.number, headers, dataRows, guess: guessMapping(headers, kind) };
}
