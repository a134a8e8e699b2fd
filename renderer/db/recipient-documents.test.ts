import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskDatabase } from './database';
import { createRecord } from './mutate';
import { deleteRecipient, heldDocuments } from './recipient-documents';

let counter = 0;
const opened: DeskDatabase[] = [];
function fresh(): DeskDatabase {
  counter += 1;
  const db = new DeskDatabase(`desk-recipient-documents-${counter}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const longName = '浙江省丽水市莲都区智能制造装备产业技术研究院有限责任公司丽水分公司';

async function unitWithLicences(db: DeskDatabase) {
  const unit = await createRecord('units', { name: longName, kind: 'research-institute' }, db);
  const allianceId = uuidv7();
  const issue = (number: string, revoked = false) =>
    createRecord(
      'issuedDocuments',
      { allianceId, templateId: uuidv7(), kind: 'unit-licence', number, recipientType: 'unit', recipientId: unit.id, recipientName: longName, printedTexts: {}, issuedOn: '2026-11-12', revoked, revokedReason: revoked ? '名称有误' : '', revokedOn: revoked ? '2026-11-13' : null },
      db,
    );
  const documents = [await issue('LSZZ-2026-KQ010'), await issue('LSZZ-2026-KQ002'), await issue('LSZZ-2026-KQ001', true)];
  return { unit, documents };
}

describe('documents held by a unit or person', () => {
  it('lists the valid documents issued to the recipient, by number', async () => {
    const db = fresh();
    const { unit } = await unitWithLicences(db);
    const held = heldDocuments(await db.recordTable('issuedDocuments').toArray(), unit.id);
    expect(held.map((document) => document.number)).toEqual(['LSZZ-2026-KQ002', 'LSZZ-2026-KQ010']);
  });

  it('deletes the unit and revokes its documents in one write, with the reason given', async () => {
    const db = fresh();
    const { unit, documents } = await unitWithLicences(db);
    const before = await db.outbox.count();
    const ids = [documents[0]?.id ?? '', documents[1]?.id ?? ''];
    await deleteRecipient('units', unit.id, { documentIds: ids, reason: '单位已从名录中删除', today: '2026-12-03' }, db);
    expect((await db.units.get(unit.id))?.deleted).toBe(true);
    for (const id of ids) expect(await db.recordTable('issuedDocuments').get(id)).toMatchObject({ revoked: true, revokedReason: '单位已从名录中删除', revokedOn: '2026-12-03' });
    expect(await db.outbox.count()).toBe(before + 1);
    expect(heldDocuments(await db.recordTable('issuedDocuments').toArray(), unit.id)).toEqual([]);
  });

  it('deletes the unit alone when the user keeps its documents valid', async () => {
    const db = fresh();
    const { unit } = await unitWithLicences(db);
    await deleteRecipient('units', unit.id, null, db);
    expect((await db.units.get(unit.id))?.deleted).toBe(true);
    expect(heldDocuments(await db.recordTable('issuedDocuments').toArray(), unit.id)).toHaveLength(2);
  });

  it('changes nothing when a document cannot be revoked', async () => {
    const db = fresh();
    const { unit } = await unitWithLicences(db);
    await expect(deleteRecipient('units', unit.id, { documentIds: [uuidv7()], reason: '单位已删除' }, db)).rejects.toThrow();
    expect((await db.units.get(unit.id))?.deleted).toBe(false);
  });
});
