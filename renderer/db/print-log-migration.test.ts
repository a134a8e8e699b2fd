import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { issuedDocumentSchema } from '../../shared/domain/documents';
import { formatHlc } from '../../shared/sync/hlc';
import { DeskDatabase } from './database';
import { earlierEntryId, migratePrintCounts } from './print-log-migration';
import { schemaVersions } from './schema';

const opened: DeskDatabase[] = [];
let counter = 0;
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function open(name: string, versions = schemaVersions): DeskDatabase {
  const db = new DeskDatabase(name, versions);
  opened.push(db);
  return db;
}

const allianceId = uuidv7();
const otherDevice = uuidv7();
const printedAt = Date.UTC(2026, 10, 12, 9, 30);

/** An issued document as a version-3 desk stored it, with the stamp of its last print count. */
function storedDocument(number: string, recipientName: string, printCount: number) {
  const document = issuedDocumentSchema.parse({
    id: uuidv7(),
    allianceId,
    templateId: uuidv7(),
    kind: 'unit-licence',
    number,
    recipientType: 'unit',
    recipientId: uuidv7(),
    recipientName,
    printedTexts: { name: recipientName },
    issuedOn: '2026-11-12',
    printCount,
  });
  return { ...document, _clocks: { id: formatHlc({ wallMs: printedAt - 60_000, counter: 0, deviceId: otherDevice }), printCount: formatHlc({ wallMs: printedAt, counter: 3, deviceId: otherDevice }) }, _search: number.toLowerCase() };
}

/** A version-3 desk holding these documents, then opened by this version. */
async function upgraded(documents: ReturnType<typeof storedDocument>[], deviceId = uuidv7()): Promise<DeskDatabase> {
  counter += 1;
  const name = `print-log-migration-${counter}`;
  const old = open(name, schemaVersions.slice(0, 3));
  await old.table('settings').put({ key: 'deviceId', value: deviceId });
  await old.table('issuedDocuments').bulkPut(documents);
  old.close();
  return open(name);
}

describe('the print log migration (database version 4)', () => {
  it('keeps every old print count as an earlier entry of its document, told apart from prints and exports', async () => {
    const printedTwice = storedDocument('LSZZ-2026-KQ001', '广东省佛山市顺德区北滘镇美的集团智能制造与工业互联网产业学院有限公司（筹）', 2);
    const never = storedDocument('LSZZ-2026-KQ002', '𠮷野家餐饮管理（丽水）有限公司', 0);
    const db = await upgraded([printedTwice, never]);

    const entries = await db.recordTable('printLog').toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ documentId: printedTwice.id, allianceId, action: 'earlier', copies: 2, at: new Date(printedAt).toISOString(), deviceId: otherDevice, route: null, exportTarget: null });
    // The count itself is left as it was.
    expect((await db.recordTable('issuedDocuments').get(printedTwice.id))?.printCount).toBe(2);
  });

  it('queues the entries for sync in one outbox row, so a desk that starts empty receives them', async () => {
    const db = await upgraded([storedDocument('LSZZ-2026-KQ001', '丽水市职业高级中学', 1), storedDocument('LSZZ-2026-KQ002', '丽水思博特精密制造有限公司', 3)]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.changes.map((change) => change.table)).toEqual(['printLog', 'printLog']);
    expect(outbox[0]?.changes[0]?.operations.map((operation) => operation.field)).toContain('copies');
    const entry = await db.recordTable('printLog').toArray();
    expect(entry[0]?._clocks.id).toBeDefined();
  });

  it('makes the same entry on every desk, so two offices migrating one synced document count its old prints once', async () => {
    const document = storedDocument('LSZZ-2026-KQ001', '欧阳明', 2);
    const first = await upgraded([document]);
    const second = await upgraded([document]);
    const [a] = await first.recordTable('printLog').toArray();
    const [b] = await second.recordTable('printLog').toArray();
    expect(a?.id).toBe(earlierEntryId(document.id));
    const strip = (entry: typeof a) => ({ ...entry, _clocks: undefined });
    expect(strip(b)).toEqual(strip(a));
  });

  it('migrates documents brought in later from an older version, such as a restored backup, in the caller’s transaction', async () => {
    counter += 1;
    const db = open(`print-log-migration-${counter}`);
    const restored = storedDocument('LSZZ-2025-KQ031', '司马相如', 4);
    await db.recordTable('issuedDocuments').put(restored);
    const made = await db.transaction('rw', [db.recordTable('issuedDocuments'), db.recordTable('printLog'), db.outbox, db.settings], () => migratePrintCounts(db));
    expect(made).toBe(1);
    expect(await db.recordTable('printLog').get(earlierEntryId(restored.id))).toMatchObject({ action: 'earlier', copies: 4 });
  });

  it('stamps nothing again on a second run: a backup that already holds the entries restores without new changes', async () => {
    counter += 1;
    const db = open(`print-log-migration-${counter}`);
    await db.recordTable('issuedDocuments').put(storedDocument('LSZZ-2025-KQ032', '欧阳修', 2));
    const run = (): Promise<number> => db.transaction('rw', [db.recordTable('issuedDocuments'), db.recordTable('printLog'), db.outbox, db.settings], () => migratePrintCounts(db));
    expect(await run()).toBe(1);
    const outboxAfterFirst = await db.outbox.count();
    expect(await run()).toBe(0);
    expect(await db.outbox.count()).toBe(outboxAfterFirst);
  });

  it('writes nothing where no document was ever put out', async () => {
    const db = await upgraded([storedDocument('LSZZ-2026-KQ001', '上官婉儿', 0)]);
    expect(await db.recordTable('printLog').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
