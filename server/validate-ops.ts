import type { z } from 'zod';
import { recordSchemas } from '../shared/domain/tables';
import type { WireOp } from '../shared/sync/protocol';
import { limits } from '../shared/sync/protocol';

const fieldSchemas = new Map<string, Record<string, z.ZodType>>(
  Object.entries(recordSchemas).map(([table, schema]) => [table, (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>]),
);

/**
 * Why an operation cannot be taken, or null: its table and field must exist and its value must
 * pass the field's schema, the same one the desk validates with. Rules across fields (an end
 * date not before the start) are the desk's to check: each field merges on its own.
 */
export function operationProblem(op: WireOp): string | null {
  const fields = fieldSchemas.get(op.table);
  if (!fields) return `unknown table ${op.table}`;
  if (op.field === 'id' || !Object.hasOwn(fields, op.field)) return `unknown field ${op.table}.${op.field}`;
  const schema = fields[op.field] as z.ZodType;
  const value: unknown = op.value ?? null;
  if (JSON.stringify(value).length > limits.maxValueBytes) return `value of ${op.table}.${op.field} too large`;
  if (!schema.safeParse(value).success) return `invalid value for ${op.table}.${op.field}`;
  if (!op.hlc.endsWith(`-${op.deviceId}`)) return 'clock stamp of another device';
  return null;
}
