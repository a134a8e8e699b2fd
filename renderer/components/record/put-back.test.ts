import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DeskDatabase } from '../../db/database';
import { freshDatabases } from '../../db/test-databases';
import { createRecord, deleteRecord, updateRecord } from '../../db/mutate';
import { canPutBack, putBack } from './put-back';

const freshDb = freshDatabases('desk-put-back-');

const titleOperations = async (db: DeskDatabase) =>
  (await db.outbox.orderBy('changeId').toArray()).flatMap((entry) => entry.changes.flatMap((change) => change.operations.filter((operation) => operation.field === 'title')));

describe('putting back an earlier value from the history', () => {
  it('writes it as a new change: the value is back, an outbox operation with a later stamp syncs it, the history grows', async () => {
    const db = freshDb();
    const person = await createRecord('people', { name: '欧阳𠮷', title: '高级技师', expertise: '技能竞赛' }, db);
    await updateRecord('people', person.id, { title: '高级讲师' }, db);
    const [change] = await db.history.where({ table: 'people', rowId: person.id }).toArray();
    expect(change).toMatchObject({ field: 'title', oldValue: '高级技师', newValue: '高级讲师' });
    const current = await db.people.get(person.id);
    if (!change || !current) throw new Error('no history');
    expect(canPutBack(change, current)).toBe(true);

    const restored = await putBack(change, db);
    expect(restored).toMatchObject({ title: '高级技师' });
    const stored = await db.people.get(person.id);
    expect(stored?.title).toBe('高级技师');
    expect(stored?.expertise).toBe('技能竞赛');

    const operations = await titleOperations(db);
    expect(operations.map((operation) => operation.value)).toEqual(['高级技师', '高级讲师', '高级技师']);
    const [, edited, putBackOp] = operations;
    expect(putBackOp && edited && putBackOp.hlc > edited.hlc).toBe(true);
    expect(stored?._clocks.title).toBe(putBackOp?.hlc);

    const history = await db.history.where({ table: 'people', rowId: person.id }).toArray();
    expect(history.map((entry) => [entry.field, entry.oldValue, entry.newValue])).toEqual([
      ['title', '高级技师', '高级讲师'],
      ['title', '高级讲师', '高级技师'],
    ]);
    // The value is back: the old entry offers nothing more; the new one offers the undone value.
    if (!stored || !history[1]) throw new Error('no record');
    expect(canPutBack(change, stored)).toBe(false);
    expect(canPutBack(history[1], stored)).toBe(true);
  });

  it('puts back an emptied field and an employer', async () => {
    const db = freshDb();
    const unit = await createRecord('units', { name: '浙江丽水经济技术开发区智能装备产业创新服务综合体有限公司', kind: 'enterprise' }, db);
    const person = await createRecord('people', { name: '上官㐂', unitId: unit.id, phone: '0578-2123456' }, db);
    await updateRecord('people', person.id, { unitId: null, phone: '' }, db);
    const history = await db.history.where({ table: 'people', rowId: person.id }).toArray();
    for (const entry of history) await putBack(entry, db);
    expect(await db.people.get(person.id)).toMatchObject({ unitId: unit.id, phone: '0578-2123456' });
  });

  it('is not offered for the tombstone, for a deleted record, nor for what was issued', async () => {
    const db = freshDb();
    const person = await createRecord('people', { name: '黄毅', title: '讲师' }, db);
    await updateRecord('people', person.id, { title: '高级讲师' }, db);
    await deleteRecord('people', person.id, db);
    const history = await db.history.where({ table: 'people', rowId: person.id }).toArray();
    const deleted = await db.people.get(person.id);
    if (!deleted) throw new Error('no record');
    expect(history.map((entry) => canPutBack(entry, deleted))).toEqual([false, false]);
    expect(canPutBack({ table: 'issuedDocuments', field: 'number', oldValue: 'LSZZ-2026-A017' }, { deleted: false, number: 'LSZZ-2026-A018' })).toBe(false);
  });
});
