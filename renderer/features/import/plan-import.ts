import type { RecordInput, RecordOf } from '../../../shared/domain/tables';
import type { ImportKind } from './import-fields';
import type { BadRow } from './row-problems';
import type { GoodRow } from './validate-rows';

/** What to do with a row that matches a record already in the registry. */
export type ExistingChoice = 'update' | 'skip';

export interface PlannedCreate<T extends ImportKind> {
  row: number;
  input: RecordInput<T>;
}

export interface PlannedUpdate<T extends ImportKind> {
  row: number;
  id: string;
  /** Only the fields the file gives that differ from the record. */
  patch: Partial<RecordInput<T>>;
}

export interface ImportPlan<T extends ImportKind> {
  table: T;
  creates: PlannedCreate<T>[];
  updates: PlannedUpdate<T>[];
  /** Rows matching a record that the file would not change. */
  unchanged: number[];
  /** Rows matching a record, left alone at the user's choice. */
  skipped: number[];
  /** Rows that match a record another row of the file already matched. */
  conflicts: BadRow[];
}

type Finder<T extends ImportKind> = (input: RecordInput<T>) => RecordOf<T> | undefined;

function firstBy<R>(records: readonly R[], key: (record: R) => string): Map<string, R> {
  const map = new Map<string, R>();
  for (const record of records) {
    const value = key(record);
    if (value !== '' && !map.has(value)) map.set(value, record);
  }
  return map;
}

/** Units are the same unit by credit code, or else by exact name. */
function unitFinder(units: readonly RecordOf<'units'>[]): Finder<'units'> {
  const byCode = firstBy(units, (unit) => unit.creditCode);
  const byName = firstBy(units, (unit) => unit.name);
  return (input) => (input.creditCode ? byCode.get(input.creditCode) : undefined) ?? byName.get(input.name);
}

/** People are the same person by exact name at the same employer: 王刚 at two schools are two people. */
function personFinder(people: readonly RecordOf<'people'>[]): Finder<'people'> {
  const byNameAndUnit = firstBy(people, (person) => `${person.name}\u0000${person.unitId ?? ''}`);
  return (input) => byNameAndUnit.get(`${input.name}\u0000${input.unitId ?? ''}`);
}

function finderFor<T extends ImportKind>(table: T, existing: readonly RecordOf<T>[]): Finder<T> {
  const live = existing.filter((record) => !record.deleted);
  return (table === 'units' ? unitFinder(live as RecordOf<'units'>[]) : personFinder(live as RecordOf<'people'>[])) as Finder<T>;
}

/**
 * Sorts the good rows into records to create and records to update or leave, matching each
 * against the registry once, in memory. Deleted records are not matched: an import brings a
 * unit back as a new record, visible in the list, rather than updating a tombstone.
 */
export function planImport<T extends ImportKind>(table: T, rows: readonly GoodRow<T>[], existing: readonly RecordOf<T>[], choice: ExistingChoice): ImportPlan<T> {
  const find = finderFor(table, existing);
  const plan: ImportPlan<T> = { table, creates: [], updates: [], unchanged: [], skipped: [], conflicts: [] };
  const matchedBy = new Map<string, number>();
  for (const row of rows) {
    const match = find(row.input);
    if (!match) {
      plan.creates.push({ row: row.row, input: row.input });
      continue;
    }
    const earlier = matchedBy.get(match.id);
    if (earlier !== undefined) {
      plan.conflicts.push({ row: row.row, label: row.label, problems: [{ problem: 'same-record', field: null, cell: null, value: match.name, otherRow: earlier }] });
      continue;
    }
    matchedBy.set(match.id, row.row);
    if (choice === 'skip') {
      plan.skipped.push(row.row);
      continue;
    }
    const current = match as Record<string, unknown>;
    const input = row.input as Record<string, unknown>;
    const changed = row.given.filter((field) => current[field] !== input[field]);
    if (changed.length === 0) plan.unchanged.push(row.row);
    else plan.updates.push({ row: row.row, id: match.id, patch: Object.fromEntries(changed.map((field) => [field, input[field]])) as Partial<RecordInput<T>> });
  }
  return plan;
}
