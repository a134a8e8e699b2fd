import type { ZodType } from 'zod';
import { normalizeCreditCode } from '../../../shared/domain/credit-code';
import { participantSchema, personSchema, unitSchema } from '../../../shared/domain/records';
import type { RecordInput } from '../../../shared/domain/tables';
import { toFieldIssues } from '../../db/mutate';
import { restoreNeutralised } from '../../components/export/formula-text';
import type { ImportContext } from './import-context';
import type { ColumnMapping, ImportField, ImportKind } from './import-fields';
import { columnLetter } from './import-fields';
import { findersOf, interpretRow } from './interpret-row';
import type { RowValues } from './interpret-row';
import type { RowLink } from './row-links';
import type { BadRow, RowProblem } from './row-problems';
import type { SheetRow } from './sheet';

/** A row that can be imported: the record it makes, which of its fields the file gave, and its link to the target. */
export interface GoodRow<T extends ImportKind> {
  row: number;
  label: string;
  input: RecordInput<T>;
  /** Fields with a value in the file: the only ones an update of an existing record may change. */
  given: (keyof RecordInput<T> & string)[];
  /** The membership or appointment the row makes in the target alliance, if any. */
  link: RowLink | null;
  /** Cells imported with a word of warning (a phone kept as text …). */
  warnings: RowProblem[];
}

export interface ValidatedRows<T extends ImportKind> {
  good: GoodRow<T>[];
  bad: BadRow[];
}

type RowSchema<T> = Pick<ZodType<T>, 'safeParse'>;

/** A refined schema cannot be omitted from: it checks the row with a stand-in id, which is then dropped. */
function withoutId<T>(schema: ZodType<T & { id: string; deleted: boolean }>): RowSchema<T> {
  const standIn = '00000000-0000-7000-8000-000000000000';
  return {
    safeParse: (input) => {
      const parsed = schema.safeParse({ ...(input as object), id: standIn, deleted: false });
      if (!parsed.success) return parsed;
      const data = Object.fromEntries(Object.entries(parsed.data).filter(([key]) => key !== 'id' && key !== 'deleted'));
      return { success: true, data: data as T };
    },
  };
}

/** The record schemas without what the data layer adds (id, tombstone): what a row must satisfy. */
const schemas: { [K in ImportKind]: RowSchema<RecordInput<K>> } = {
  units: unitSchema.omit({ id: true, deleted: true }),
  people: personSchema.omit({ id: true, deleted: true }),
  participants: withoutId<RecordInput<'participants'>>(participantSchema),
};

/** The field a schema issue belongs to, in the import's own terms. */
function fieldOfIssue(kind: ImportKind, path: string): ImportField {
  if (path === 'unitId') return 'unit';
  if (kind === 'participants' && (path === 'personId' || path === 'eventId' || path === 'allianceId')) return 'name';
  return path as ImportField;
}

/** Keys that make two rows of one file the same record, each with the problem that says so. */
function duplicateKeys(kind: ImportKind, values: RowValues, input: Record<string, unknown>): [string, RowProblem['problem'], ImportField][] {
  const name = values.name ?? '';
  if (kind === 'participants') return typeof input.personId === 'string' ? [[input.personId, 'duplicate-person', 'name']] : [];
  if (kind === 'people') return name ? [[`${name}\u0000${values.unit ?? ''}`, 'duplicate-person', 'name']] : [];
  const keys: [string, RowProblem['problem'], ImportField][] = [];
  const code = normalizeCreditCode(values.creditCode ?? '');
  if (code) keys.push([`code:${code}`, 'duplicate-credit-code', 'creditCode']);
  if (name) keys.push([`name:${name}`, 'duplicate-name', 'name']);
  return keys;
}

/**
 * Checks every row against the record's schema (the same one forms and the data layer enforce)
 * and against what an import cannot trust: formulas, merged cells, unknown kinds, roles, dates,
 * employers and people, and rows that repeat an earlier row of the file. A cell that can be kept
 * as text is kept, with a warning; text an export neutralised ('=…) is read back as it was.
 */
export function validateRows<T extends ImportKind>(kind: T, rows: readonly SheetRow[], mapping: ColumnMapping, context: ImportContext): ValidatedRows<T> {
  const finders = findersOf(context);
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
    const values: RowValues = {};
    const problems: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const add = (field: ImportField, problem: RowProblem['problem'], extra: Partial<RowProblem> = {}): void => {
      problems.push({ problem, field, cell: cellOf(field, row.number), ...extra });
    };
    const warn = (field: ImportField, problem: RowProblem['problem'], extra: Partial<RowProblem> = {}): void => {
      warnings.push({ problem, field, cell: cellOf(field, row.number), ...extra });
    };
    for (const [field, column] of columnOf) {
      const cell = row.cells[column];
      if (!cell) continue;
      const text = restoreNeutralised(cell.text).trim();
      if (cell.merged) add(field, 'merged');
      else if (cell.formula) add(field, 'formula');
      else if (text !== '') values[field] = text;
    }
    // A row with nothing in the imported columns is a spacer or a note beside the list.
    if (Object.keys(values).length === 0 && problems.length === 0) continue;

    const { input, given, link } = interpretRow(kind, values, context, finders, add, warn);
    const faulty = new Set(problems.map((problem) => problem.field));
    const parsed = schemas[kind].safeParse(input);
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error)) {
        const field = fieldOfIssue(kind, issue.path);
        if (!faulty.has(field)) add(field, issue.problem, issue.limit ? { limit: issue.limit } : {});
        faulty.add(field);
      }
    }
    for (const [key, problem, field] of duplicateKeys(kind, values, input)) {
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, row.number);
      else if (!problems.some((known) => known.otherRow !== undefined)) add(field, problem, { otherRow: first });
    }

    const label = values.name ?? row.cells[columnOf.get('name') ?? -1]?.text.trim() ?? '';
    if (problems.length > 0 || !parsed.success) bad.push({ row: row.number, label, problems });
    else good.push({ row: row.number, label, input: parsed.data, given: given as GoodRow<T>['given'], link, warnings });
  }
  return { good, bad };
}
