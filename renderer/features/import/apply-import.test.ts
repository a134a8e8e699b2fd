import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DeskDatabase } from '../../db/database';
import { freshDatabases } from '../../db/test-databases';
import { createRecord } from '../../db/mutate';
import { readSetting } from '../../db/settings';
import { applyImport, importBatch } from './apply-import';
import type { ImportProgress } from './apply-import';
import { locateHeader } from './guess-columns';
import { planImport } from './plan-import';
import type { ImportPlan } from './plan-import';
import { readImportFile } from './read-file';
import { creditCode, utf8 } from './test-files';
import { emptyContext } from './import-context';
import { validateRows } from './validate-rows';

const freshDb = freshDatabases('desk-import-');

async function snapshot(db: DeskDatabase) {
  return {
    units: await db.units.toArray(),
    people: await db.people.toArray(),
    outbox: await db.outbox.toArray(),
    history: await db.history.toArray(),
    clock: await readSetting('clock', db),
  };
}

const sibote = creditCode('91331100MA28F0001');

/** The whole pipeline, as the screen runs it, on the bytes of a file. */
async function planFile(db: DeskDatabase, csv: string, choice: 'update' | 'skip'): Promise<ImportPlan<'units'>> {
  const located = locateHeader(await readImportFile(utf8(csv), 'units.csv'), 'units', 'units.csv');
  const { good } = validateRows('units', located.dataRows, located.guess, emptyContext);
  return planImport('units', good, await db.units.toArray(), choice);
}

describe('applying an import', () => {
  it('creates and updates in one mutation, with history and outbox like any other write', async () => {
    const db = freshDb();
    const existing = await createRecord('units', { name: '丽水思博特精密制造有限公司', kind: 'enterprise', creditCode: sibote }, db);
    const plan = await planFile(db, `单位名称,统一社会信用代码,联系人\n丽水思博特精密制造有限公司,${sibote},黄毅\n丽水职业高级中学,,李立进\n<script>alert(1)</script>,,\n`, 'update');

    expect(await applyImport(plan, db)).toEqual({ created: 2, updated: 1, linked: 0 });
    const units = await db.units.toArray();
    // A name with markup is a name like any other, as the forms take it: stored as written.
    expect(units.map((unit) => [unit.name, unit.contactName, unit.kind]).sort()).toEqual([
      ['<script>alert(1)</script>', '', 'other'],
      ['丽水思博特精密制造有限公司', '黄毅', 'enterprise'],
      ['丽水职业高级中学', '李立进', 'other'],
    ]);
    const history = await db.history.where({ table: 'units', rowId: existing.id }).toArray();
    expect(history.at(-1)).toMatchObject({ field: 'contactName', oldValue: '', newValue: '黄毅' });
  });

  it('imports nothing new the second time when existing records are skipped', async () => {
    const db = freshDb();
    const csv = `单位名称,统一社会信用代码\n丽水思博特精密制造有限公司,${sibote}\n丽水职业高级中学,\n`;
    await applyImport(await planFile(db, csv, 'skip'), db);
    const before = await snapshot(db);
    const again = await planFile(db, csv, 'skip');
    expect(again.unchanged).toHaveLength(2);
    expect(again.skipped).toEqual([]);
    expect(await applyImport(again, db)).toEqual({ created: 0, updated: 0, linked: 0 });
    expect((await snapshot(db)).units).toEqual(before.units);
  });

  it('leaves the database unchanged when any write of the import fails', async () => {
    const db = freshDb();
    await createRecord('units', { name: '丽水学院', kind: 'university' }, db);
    const plan = await planFile(db, '单位名称\n丽水职业高级中学\n浙江信胜缝制设备有限公司\n', 'update');
    const before = await snapshot(db);
    // A record that went bad after the preview (another window deleted it for good): the last write fails.
    plan.updates.push({ row: 9, id: '0190a3b4-0000-7000-8000-00000000dead', patch: { contactName: '黄毅' } });
    await expect(applyImport(plan, db)).rejects.toThrow('No units record');
    expect(await snapshot(db)).toEqual(before);
    plan.updates.pop();
    plan.creates.push({ row: 10, input: { name: ' ', kind: 'enterprise' } });
    await expect(applyImport(plan, db)).rejects.toThrow('Invalid units record');
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports its progress batch by batch and still writes nothing when the last batch fails', async () => {
    const db = freshDb();
    const rows = importBatch + 10;
    const csv = `单位名称,地址\n${Array.from({ length: rows }, (_, i) => `欧阳${i}𠮷智能制造职业技能培训学校有限公司,丽水市莲都区工业路${i}号`).join('\n')}\n`;
    const plan = await planFile(db, csv, 'update');
    const before = await snapshot(db);
    plan.creates.push({ row: rows + 2, input: { name: ' ', kind: 'enterprise' } });
    const progress: ImportProgress[] = [];
    await expect(applyImport(plan, db, (step) => progress.push(step))).rejects.toThrow('Invalid units record');
    // The first batch was written inside the transaction (and reported) before the second failed.
    expect(progress).toEqual([{ done: importBatch, total: rows + 1 }]);
    expect(await snapshot(db)).toEqual(before);

    plan.creates.pop();
    progress.length = 0;
    expect(await applyImport(plan, db, (step) => progress.push(step))).toEqual({ created: rows, updated: 0, linked: 0 });
    expect(progress).toEqual([
      { done: importBatch, total: rows },
      { done: rows, total: rows },
    ]);
    expect(await db.units.count()).toBe(rows);
    expect(await db.outbox.count()).toBe(1);
    // Thousands of rows through fake-indexeddb take seconds on a busy machine.
  }, 60_000);
});
