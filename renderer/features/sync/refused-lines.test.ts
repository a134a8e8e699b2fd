import { describe, expect, it } from 'vitest';
import type { RefusedOperation } from '../../sync/sync-state';
import { syncMessages } from './messages';
import { refusedLines } from './refused-lines';

const refused = (seq: number, table: string, field: string, kind: RefusedOperation['kind']): RefusedOperation => ({ seq, table, field, kind, rowId: 'r', deviceId: 'd' });

describe('the Sync page’s lines about refused operations', () => {
  it('names each field and reason once, the latest first, with how many, in both languages', () => {
    const lines = refusedLines([refused(1, 'units', 'region', 'invalid-value'), refused(2, 'salaries', 'amount', 'unknown-table'), refused(3, 'units', 'region', 'invalid-value')]);
    expect(lines).toEqual([
      { table: 'units', field: 'region', kind: 'invalid-value', count: 2 },
      { table: 'salaries', field: 'amount', kind: 'unknown-table', count: 1 },
    ]);
    const zh = syncMessages['zh-CN'].status;
    expect(zh.refusedLine('units.region', zh.refusedReasons['invalid-value'], 2)).toBe('units.region：值不符合该字段的要求（2 项）');
    const en = syncMessages.en.status;
    expect(en.refusedLine('events.agenda', en.refusedReasons['unsafe-key'], 1)).toBe('events.agenda: holds the forbidden key __proto__');
    expect(refusedLines(Array.from({ length: 9 }, (_, index) => refused(index, 't', `f${index}`, 'unknown-table')))).toHaveLength(5);
  });
});
