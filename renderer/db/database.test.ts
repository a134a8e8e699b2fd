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
    const current = open(name);
    await writeSetting('officeName', '秘书处', current);
    await writeSetting('locale', 'en', current);
    current.close();

    const latest = schemaVersions.at(-1)?.version ?? 0;
    const next: SchemaVersion[] = [
      ...schemaVersions,
      {
        version: latest + 1,
        stores: { settingNotes: '++id, key' },
        upgrade: async (tx) => {
          const rows = await tx.table('settings').toArray();
          await tx.table('settingNotes').bulkAdd(rows.map((row: { key: string }) => ({ key: row.key, note: 'migrated' })));
        },
      },
    ];
    const upgraded = open(name, next);
    expect(await readSetting('officeName', upgraded)).toBe('秘书处');
    expect(await upgraded.table('settingNotes').where('key').equals('locale').count()).toBe(1);
    expect(upgraded.verno).toBe(latest + 1);
  });

  it('refuses a schema whose versions do not increase', () => {
    expect(() => open(freshName(), [{ version: 2, stores: {} }, { version: 1, stores: {} }])).toThrow(/must increase/);
  });
});

describe('the release upgrade path', () => {
  it('opens a database of the first release with every later version, keeping its settings', async () => {
    const name = freshName();
    const first = open(name, schemaVersions.slice(0, 1));
    await writeSetting('officeName', '先进制造职业教育集团秘书处', first);
    first.close();
    const latest = open(name);
    expect(await readSetting('officeName', latest)).toBe('先进制造职业教育集团秘书处');
    expect(await latest.units.count()).toBe(0);
    expect(latest.verno).toBe(schemaVersions.at(-1)?.version);
  });
});
