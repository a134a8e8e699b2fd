import type { z } from 'zod';
import type { RecordTable } from '../../shared/domain/tables';
import { recordSchemas, recordTables } from '../../shared/domain/tables';

/** Values that some field of some record schema takes; the first one a field's schema passes is its value. */
const candidates: unknown[] = [
  null, '', false, [], ['0193a000-0000-7000-8000-0000000000c1', '0193a000-0000-7000-8000-0000000000c2'], {},
  '0193a000-0000-7000-8000-0000000000cc', '2026-06-13', '2026-06-13T08:00:00.000Z', 2024, '丽水职业技术学院欧阳𠮷',
];

/**
 * A valid value for every field of every synced table (id aside), from the record schemas: for the
 * tests that try every table and field (the role check's), without a sample record written per table.
 */
export function everyField(overrides: Partial<Record<RecordTable, Record<string, unknown>>> = {}): { table: RecordTable; fields: Record<string, unknown> }[] {
  return recordTables.map((table) => {
    const shape = (recordSchemas[table] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    const fields: Record<string, unknown> = {};
    for (const [field, schema] of Object.entries(shape)) {
      if (field === 'id') continue;
      const fallback = schema.safeParse(undefined);
      const options = (schema as unknown as { options?: unknown[] }).options;
      const found = fallback.success ? fallback.data : [...(options ?? []), ...candidates].find((value) => schema.safeParse(value).success);
      if (found === undefined && !fallback.success) throw new Error(`No test value for ${table}.${field}`);
      fields[field] = found;
    }
    return { table, fields: { ...fields, ...overrides[table] } };
  });
}
