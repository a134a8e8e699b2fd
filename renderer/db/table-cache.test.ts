import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DeskDatabase } from './database';
import { createRecord, deleteRecord } from './mutate';
import { TableCache } from './table-cache';

describe('the table cache', () => {
  it('reads a table once and follows every later write', async () => {
    const db = new DeskDatabase('desk-cache-1');
    await createRecord('units', { name: '丽水市职业高级中学', kind: 'secondary-vocational-school' }, db);
    const cache = new TableCache(db, (_table, error) => {
      throw error;
    });
    let notified = 0;
    cache.subscribe('units', () => (notified += 1));
    await expect.poll(() => cache.rows('units')?.length).toBe(1);

    const unit = await createRecord('units', { name: '丽水思博特精密制造有限公司', kind: 'enterprise' }, db);
    await expect.poll(() => cache.rows('units')?.map((row) => row.name).sort()).toEqual(['丽水市职业高级中学', '丽水思博特精密制造有限公司']);
    await deleteRecord('units', unit.id, db);
    await expect.poll(() => cache.rows('units')?.find((row) => row.id === unit.id)?.deleted).toBe(true);
    expect(notified).toBeGreaterThanOrEqual(3);
    db.close();
  });
});
