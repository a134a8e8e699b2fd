import type { ZodType } from 'zod';
import { normalizeCreditCode } from '../../../shared/domain/credit-code';
import { personSchema, unitSchema } from '../../../shared/domain/records';
import type { RecordInput, RecordOf } from '../../../shared/domain/tables';
import { toFieldIssues } from '../../db/mutate';
import type { ColumnMapping, ImportField, ImportKind } from './import-fields';
import { columnLetter } from './import-fields';
import type { BadRow, RowProblem } from './row-problems';
import type { SheetRow } from './sheet';
import { unitKindOf } from './unit-kind';

/** A row that can be imported: the record it makes and which of its fields the file gave. */
export interface GoodRow<T extends ImportKind> {
  row: number;
  label: string;
  input: RecordInput<T>;
  /** Fields with a value in the file: the only ones an update of an existing record may change. */
  given: (keyof RecordInput<T> & string)[];
}

export interface ValidatedRows<T extends ImportKind> {
  good: GoodRow<T>[];
  bad: BadRow[];
}

/** The record schemas without what the data layer adds (id, tombstone): what a row must satisfy. */
const schemas: { [K in ImportKind]: ZodType<RecordInput<K>> } = {
  units: unitSchema.omit({ id: true, deleted: true }),
  people: personSchema.omit({ id: true, deleted: true }),
};

/** Tags, comments and processing instructions: text meant for a browser, not a name. */
const markup = /<[a-z!/?]/i;

/** The employer column names a unit by its exact name or its credit code. */
function unitFinder(units: readonly RecordOf<'units'>[]): (text: string) => string | undefined {
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const unit of units) {
    if (unit.deleted) continue;
    if (!byName.has(unit.name)) byName.set(unit.name, unit.id);
    if (unit.creditCode && !byCode.has(unit.creditCode)) byCode.set(unit.creditCode, unit.id);
  }
  return (text) => byName.get(text) ?? byCode.get(normalizeCreditCode(text));
}

/** Keys that make two rows of one file the same record, each with the problem that says so. */
function duplicateKeys(kind: ImportKind, values: Partial<Record<ImportField, string>>): [string, RowProblem['problem'], ImportField][] {
  const name = values.name ?? '';
  if (kind === 'people') return name ? [[`${name}\u0000${values.unit ?? ''}`, 'duplicate-person', 'name']] : [];
  const keys: [string, RowProblem['problem'], ImportField][] = [];
  const code = normalizeCreditCode(values.creditCode ?? '');
  if (code) keys.push([`code:${code}`, 'duplicate-credit-code', 'creditCode']);
  if (name) keys.push([`name:${name}`, 'duplicate-name', 'name']);
  return keys;
}

/**
 * Checks every row against the record's schema (the same one the data layer enforces) and
 * against what an import cannot trust: formulas, merged cells, markup, unknown kinds and
 * employers, and rows that repeat an earlier row of the file.
 */
export function validateRows<T extends ImportKind>(kind: T, rows: readonly SheetRow[], mapping: ColumnMapping, units: readonly RecordOf<'units'>[]): ValidatedRows<T> {
  const findUnit = unitFinder(units);
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((field, column) => {
    if (field) columnOf.set(field, column);
  });
  const cellOf = (field: ImportField, row: number): string | null => {
    const column = columnOf.get(field);
    return column === undefined ? null : `${columnLetter(column)}${row}`;
  };
  const firstRowOf = new Map<string, number>();
  const good: GoodRow<T>[] = [];
  const bad: BadRow[] = [];

  for (const row of rows) {
    const values: Partial<Record<ImportField, string>> = {};
    const problems: RowProblem[] = [];
    const add = (field: ImportField, problem: RowProblem['problem'], extra: Partial<RowProblem> = {}): void => {
      problems.push({ problem, field, cell: cellOf(field, row.number), ...extra });
    };
    for (const [field, column] of columnOf) {
      const cell = row.cells[column];
      if (!cell) continue;
      const text = cell.text.trim();
      if (cell.merged) add(field, 'merged');
      else if (cell.formula) add(field, 'formula');
      else if (markup.test(text)) add(field, 'markup', { value: text });
      else if (text !== '') values[field] = text;
    }
    // A row with nothing in the imported columns is a spacer or a note beside the list.
    if (Object.keys(values).length === 0 && problems.length === 0) continue;

    const input: Record<string, unknown> = { ...values };
    if (kind === 'units') {
      if (values.kind !== undefined) {
        const unitKind = unitKindOf(values.kind);
        if (unitKind) input.kind = unitKind;
        else add('kind', 'unknown-kind', { value: values.kind });
      }
    } else {
      delete input.unit;
      if (values.unit !== undefined) {
        const unitId = findUnit(values.unit);
        if (unitId) input.unitId = unitId;
        else add('unit', 'unit-not-found', { value: values.unit });
      }
    }
    const given = Object.keys(input);
    // A unit whose kind the file does not say is recorded as 其他; the user can sort it out later.
    if (kind === 'units' && input.kind === undefined) input.kind = 'other';

    const faulty = new Set(problems.map((problem) => problem.field));
    const parsed = schemas[kind].safeParse(input);
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error)) {
        const field = (issue.path === 'unitId' ? 'unit' : issue.path) as ImportField;
        if (!faulty.has(field)) add(field, issue.problem);
      }
    }
    for (const [key, problem, field] of duplicateKeys(kind, values)) {
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, row.number);
      else if (!problems.some((known) => known.otherRow !== undefined)) add(field, problem, { otherRow: first });
    }

    const label = values.name ?? row.cells[columnOf.get('name') ?? -1]?.text.trim() ?? '';
    if (problems.length > 0 || !parsed.success) bad.push({ row: row.number, label, problems });
    else good.push({ row: row.number, label, input: parsed.data, given: given as GoodRow<T>['given'] });
  }
  return { good, bad };
}
