import type { Problem, ProblemLimit } from '../../../shared/domain/fields';
import type { ImportField } from './import-fields';

/** What can be wrong with one row of a file: a field problem of the schemas, or one only an import has. */
export type RowProblemKind =
  | Problem
  | 'formula'
  | 'merged'
  | 'unknown-kind'
  | 'unknown-role'
  | 'unknown-status'
  | 'unknown-committee-role'
  | 'unknown-participant-role'
  | 'invalid-term'
  | 'unit-not-found'
  | 'person-not-found'
  | 'person-ambiguous'
  | 'duplicate-credit-code'
  | 'duplicate-name'
  | 'duplicate-person'
  | 'same-record';

/** What is worth a word about a cell that is imported anyway: the row is kept. */
export type RowWarningKind = 'phone-kept' | 'email-left-out' | 'term-without-post' | 'representative-not-found' | 'representative-ambiguous';

export interface RowProblem {
  problem: RowProblemKind | RowWarningKind;
  /** The field at fault, when it is one field. */
  field: ImportField | null;
  /** The cell at fault as Excel names it (C7), when it is one cell. */
  cell: string | null;
  /** The text of the cell, for the problems that quote it. */
  value?: string;
  /** The earlier row of the file a duplicate repeats. */
  otherRow?: number;
  /** For a cell too long for its field: how long it may be (内容过长（最多 100 字）). */
  limit?: ProblemLimit;
}

export interface BadRow {
  row: number;
  /** The name in the row, as written, so the user recognises it. */
  label: string;
  problems: RowProblem[];
}
