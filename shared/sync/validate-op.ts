import { z } from 'zod';
import { recordSchemas } from '../domain/tables';
import { limits } from './protocol';

/**
 * One operation checked against the record schemas, the same way at both ends: the server before
 * it logs a push, the desk before it applies a pull (a faulty or hostile server must not write
 * into the desk what a desk could not have written). Rules across fields (an end date not before
 * the start) are the desk's forms' to check: each field merges on its own.
 */

export const operationProblemKinds = ['malformed', 'unknown-table', 'unknown-field', 'too-large', 'unsafe-key', 'invalid-value'] as const;
export type OperationProblemKind = (typeof operationProblemKinds)[number];
export interface OperationProblem {
  kind: OperationProblemKind;
  table: string;
  field: string;
}

const fieldSchemas = new Map<string, Record<string, z.ZodType>>(
  Object.entries(recordSchemas).map(([table, schema]) => [table, (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>]),
);
const uuid = z.uuid();

/**
 * A key that sets an object's prototype when code copies the value with assignment (`__proto__`),
 * anywhere in the value: JSON.parse makes it an ordinary own key, so it reaches the desk intact.
 * Walked with a stack, not recursion: a value nested 100,000 deep must not overflow it.
 */
function hasUnsafeKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) stack.push(element);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (key === '__proto__') return true;
      stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return false;
}

function tooLarge(value: unknown): boolean {
  try {
    return JSON.stringify(value).length > limits.maxValueBytes;
  } catch {
    // Nested too deep to write out: no record field is.
    return true;
  }
}

/** Why this operation cannot be taken, or null. Its table and field must exist, its value pass the field's schema. */
export function operationProblem(op: { table: string; field: string; rowId: string; deviceId: string; value?: unknown }): OperationProblem | null {
  const problem = (kind: OperationProblemKind): OperationProblem => ({ kind, table: op.table, field: op.field });
  if (!uuid.safeParse(op.rowId).success || !uuid.safeParse(op.deviceId).success) return problem('malformed');
  const fields = fieldSchemas.get(op.table);
  if (!fields || !Object.hasOwn(recordSchemas, op.table)) return problem('unknown-table');
  if (op.field === 'id' || !Object.hasOwn(fields, op.field)) return problem('unknown-field');
  const value: unknown = op.value ?? null;
  if (tooLarge(value)) return problem('too-large');
  if (hasUnsafeKey(value)) return problem('unsafe-key');
  if (!(fields[op.field] as z.ZodType).safeParse(value).success) return problem('invalid-value');
  return null;
}

/** The problem in words for the server's error answers and the logs (the desk shows its own words). */
export function describeOperationProblem({ kind, table, field }: OperationProblem): string {
  switch (kind) {
    case 'malformed':
      return `malformed operation on ${table}.${field}`;
    case 'unknown-table':
      return `unknown table ${table}`;
    case 'unknown-field':
      return `unknown field ${table}.${field}`;
    case 'too-large':
      return `value of ${table}.${field} too large`;
    case 'unsafe-key':
      return `value of ${table}.${field} holds a __proto__ key`;
    case 'invalid-value':
      return `invalid value for ${table}.${field}`;
  }
}
