import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskDatabase } from './database';
import type { SchemaVersion } from './schema';
import { schemaVersions } from './schema';
import { ensureDeviceId, readSetting, writeSetting } from './settings';

let counter = 0;
const opened: DeskDatabase[] = [];
function freshName(): string {
  counter += 1;
  return `desk-test-${counter}`;
}
function open(name: string, versions: readonly SchemaVersion[] = schemaVersions): DeskDatabase {
  const db = new DeskDatabase(name, versions);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the device database', () => {
  it('keeps settings, and reads a value that fails its schema as unset', async () => {
    const db = open(freshName());
    await writeSetting('locale', 'en', db);
    await writeSetting('officeName', '  丽水职高 产教融合共同体秘书处 ', db);
    expect(await readSetting('locale', db)).toBe('en');
    expect(await readSetting('officeName', db)).toBe('丽水职高 产教融合共同体秘书处');
    await db.settings.put({ key: 'locale', value: 'fr' });
    expect(await readSetting('locale', db)).toBeNull();
    await expect(writeSetting('locale', 'fr' as 'en', db)).rejects.toThrow();
  });

  it('makes one UUIDv7 device identity and keeps it', async () => {
    const db = open(freshName());
    const [first, second] = await Promise.all([ensureDeviceId(db), ensureDeviceId(db)]);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).toBe(first);
    expect(await ensureDeviceId(db)).toBe(first);
  });

  it('upgrades an older database in place, keeping its data', async () => {
    const name = freshName();
    const v1 = open(name);
    await writeSetting('officeName', '秘书处', v1);
    await writeSetting('locale', 'en', v1);
    v1.close();

    const next: SchemaVersion[] = [
      ...schemaVersions,
      {
        version: 2,
        stores: { settings: 'key', history: '++id, key' },
        upgrade: async (tx) => {
          const rows = await tx.table('settings').toArray();
          await tx.table('history').bulkAdd(rows.map((row: { key: string }) => ({ key: row.key, note: 'migrated' })));
        },
      },
    ];
    const v2 = open(name, next);
    expect(await readSetting('officeName', v2)).toBe('秘书处');
    expect(await v2.table('history').where('key').equals('locale').count()).toBe(1);
    expect(v2.verno).toBe(2);
  });

  it('refuses a schema whose versions do not increase', () => {
    expect(() => open(freshName(), [{ version: 2, stores: {} }, { version: 1, stores: {} }])).toThrow(/must increase/);
  });
});
