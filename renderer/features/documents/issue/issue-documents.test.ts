import 'fake-indexeddb/auto';
import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTemplateIds, findBuiltInTemplate } from '../../../../shared/documents/built-in-templates';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { DocumentClaims } from '../../../../shared/verification/document-code';
import { makeDocumentCode, verifyDocumentCode } from '../../../../shared/verification/document-code';
import { DeskDatabase } from '../../../db/database';
import { createRecord, deleteRecord } from '../../../db/mutate';
import { writeSetting } from '../../../db/settings';
import { loadSampleData } from '../../../sample-data/load-sample-data';
import { issueDocuments, knownNumbers, OfficeNotSetUpError, TemplateProblemsError } from './issue-documents';
import type { RecipientCriteria } from './recipient-candidates';
import { findRecipients, registryViewOf } from './recipient-candidates';

let counter = 0;
const opened: DeskDatabase[] = [];
async function sampleDb(): Promise<DeskDatabase> {
  counter += 1;
  const db = new DeskDatabase(`desk-issue-${counter}`);
  opened.push(db);
  await loadSampleData(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function viewOf(db: DeskDatabase) {
  return registryViewOf({
    units: await db.units.toArray(),
    people: await db.people.toArray(),
    memberships: await db.memberships.toArray(),
    appointments: await db.appointments.toArray(),
    agreements: await db.agreements.toArray(),
    participants: await db.participants.toArray(),
  });
}

async function lishui(db: DeskDatabase) {
  const alliance = await db.alliances.where('name').equals('丽水智能制造产教融合共同体').first();
  const event = (await db.events.toArray()).find((row) => row.title === '丽水智能制造产教融合共同体成立启动仪式');
  if (!alliance || !event) throw new Error('sample data missing');
  return { alliance, event };
}

const licence = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const letter = findBuiltInTemplate(builtInTemplateIds.appointmentLetter) as DocumentTemplate;

function criteria(base: Pick<RecipientCriteria, 'alliance' | 'event'>, patch: Partial<RecipientCriteria>): RecipientCriteria {
  return { kind: 'unit-licence', issuedOn: '2024-06-13', by: 'event', roles: [], unitKinds: [], bodies: [], unitIds: [], personIds: [], ...base, ...patch };
}

describe('choosing recipients', () => {
  it('finds the member units present at the launch ceremony, lead unit first, with their roles', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    const { recipients, skipped } = findRecipients(criteria({ alliance, event }, {}), await viewOf(db));
    expect(recipients.map((recipient) => [recipient.recipientName, recipient.values.role])).toEqual([
      ['丽水市职业高级中学', '牵头单位'],
      ['丽水思博特精密制造有限公司', '成员单位'],
    ]);
    expect(skipped).toEqual([]);
  });

  it('filters by role and unit kind, and names the units picked by hand that are not members', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    const view = await viewOf(db);
    expect(findRecipients(criteria({ alliance, event }, { by: 'alliance', roles: ['member-unit'] }), view).recipients.map((r) => r.recipientName)).toEqual(['丽水思博特精密制造有限公司']);
    expect(findRecipients(criteria({ alliance, event }, { by: 'alliance', unitKinds: ['secondary-vocational-school'] }), view).recipients.map((r) => r.recipientName)).toEqual(['丽水市职业高级中学']);
    const bureau = [...view.units.values()].find((unit) => unit.name === '丽水市教育局');
    const school = [...view.units.values()].find((unit) => unit.name === '丽水市职业高级中学');
    const picked = findRecipients(criteria({ alliance, event }, { by: 'hand', unitIds: [bureau?.id ?? '', school?.id ?? ''] }), view);
    expect(picked.recipients.map((r) => r.recipientName)).toEqual(['丽水市职业高级中学']);
    expect(picked.skipped).toEqual([{ name: '丽水市教育局', reason: 'not-member' }]);
  });

  it('finds the experts of the steering committee for letters of appointment, and each party of an agreement', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    const view = await viewOf(db);
    const letters = findRecipients(criteria({ alliance, event }, { kind: 'appointment-letter', by: 'alliance', bodies: ['expert-steering-committee'] }), view);
    expect(letters.recipients.map((r) => r.recipientName).sort()).toEqual(['叶军', '楼海斌', '王刚'].sort());
    const certificates = findRecipients(criteria({ alliance, event }, { kind: 'agreement-certificate' }), view);
    expect(certificates.recipients.map((r) => r.recipientName)).toEqual(['丽水市职业高级中学', '丽水思博特精密制造有限公司']);
    expect(certificates.recipients[0]?.values.parties).toBe('丽水市职业高级中学、丽水思博特精密制造有限公司');
  });
});

describe('issuing', () => {
  const scheme = { pattern: '{prefix}-{year}-{office}{seq:000}', prefix: 'LSZZ', year: 2024, office: 'KQ' };
  /** This device's set-up for the alliance, done with the code KQ. */
  const setUp = async (db: DeskDatabase, allianceId: string): Promise<void> => {
    await writeSetting('officeCode', 'KQ', db);
    await writeSetting('officeSetUp', [allianceId], db);
  };

  it('numbers nothing before the office’s set-up for the alliance, nor with another code than it set', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    const { recipients } = findRecipients(criteria({ alliance, event }, {}), await viewOf(db));
    const request = { template: licence, allianceId: alliance.id, scheme, issuedOn: '2024-06-13', eventId: event.id, recipients };
    await expect(issueDocuments(request, db)).rejects.toBeInstanceOf(OfficeNotSetUpError);
    await writeSetting('officeCode', 'KQ', db);
    await expect(issueDocuments(request, db)).rejects.toBeInstanceOf(OfficeNotSetUpError);
    await writeSetting('officeSetUp', [alliance.id], db);
    await expect(issueDocuments({ ...request, scheme: { ...scheme, office: 'ZQF' } }, db)).rejects.toBeInstanceOf(OfficeNotSetUpError);
    expect(await knownNumbers(db)).toEqual([]);
    expect((await issueDocuments(request, db)).map((document) => document.number)).toEqual(['LSZZ-2024-KQ001', 'LSZZ-2024-KQ002']);
  });

  it('numbers the documents and registers them with the texts as printed, continuing after earlier issues', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    await setUp(db, alliance.id);
    const { recipients } = findRecipients(criteria({ alliance, event }, {}), await viewOf(db));
    const request = { template: licence, allianceId: alliance.id, scheme, issuedOn: '2024-06-13', eventId: event.id, recipients };
    const first = await issueDocuments(request, db);
    expect(first.map((document) => document.number)).toEqual(['LSZZ-2024-KQ001', 'LSZZ-2024-KQ002']);
    expect(first[0]).toMatchObject({ recipientName: '丽水市职业高级中学', kind: 'unit-licence', eventId: event.id, printCount: 0, revoked: false });
    expect(first[0]?.printedTexts.role).toBe('牵头单位');
    expect(first[0]?.printedTexts.number).toBe('编号：LSZZ-2024-KQ001');
    expect(first[1]?.printedTexts.date).toBe('二〇二四年六月');
    const again = await issueDocuments(request, db);
    expect(again.map((document) => document.number)).toEqual(['LSZZ-2024-KQ003', 'LSZZ-2024-KQ004']);
    expect((await knownNumbers(db)).length).toBe(4);
  });

  it('signs each licence at issuing and keeps its code on the registry entry; a failed signing issues nothing', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    await setUp(db, alliance.id);
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const key = { keyId: '0123456789abcdef', publicKey: Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64') };
    const signed: string[] = [];
    // The main process answers after a while: the transaction must stay open across it.
    const sign = async (claims: DocumentClaims[]): Promise<string[]> => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const codes = await Promise.all(claims.map((claim) => makeDocumentCode({ ...claim, keyId: key.keyId }, (bytes) => new Uint8Array(nodeSign(null, bytes, privateKey)))));
      signed.push(...codes);
      return codes;
    };
    const { recipients } = findRecipients(criteria({ alliance, event }, {}), await viewOf(db));
    const request = { template: licence, allianceId: alliance.id, scheme, issuedOn: '2024-06-13', eventId: event.id, recipients, sign };
    const issued = await issueDocuments(request, db);
    const stored = await db.recordTable('issuedDocuments').bulkGet(issued.map((document) => document.id));
    expect(stored.map((document) => document?.qr)).toEqual(signed);
    expect(verifyDocumentCode(stored[0]?.qr ?? '', [key])).toMatchObject({
      status: 'genuine',
      document: { number: 'LSZZ-2024-KQ001', recipient: '丽水市职业高级中学', role: '牵头单位', alliance: '丽水智能制造产教融合共同体', issuedOn: '2024-06-13' },
    });
    // No key on this desk: issued without a code; signing fails: nothing issued, no number used.
    expect((await issueDocuments({ ...request, sign: () => Promise.resolve(null) }, db)).map((document) => document.qr)).toEqual([null, null]);
    const before = await knownNumbers(db);
    await expect(issueDocuments({ ...request, sign: () => Promise.reject(new Error('key locked')) }, db)).rejects.toThrow('key locked');
    expect(await knownNumbers(db)).toEqual(before);
  });

  it('issues nothing when a field is missing for one recipient, and says which and for whom', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    await setUp(db, alliance.id);
    // The sample experts have no term end: the letter's {term} cannot be filled.
    const { recipients } = findRecipients(criteria({ alliance, event }, { kind: 'appointment-letter', by: 'alliance' }), await viewOf(db));
    const attempt = issueDocuments({ template: letter, allianceId: alliance.id, scheme, issuedOn: '2024-06-13', eventId: null, recipients }, db);
    await expect(attempt).rejects.toBeInstanceOf(TemplateProblemsError);
    const error = (await attempt.catch((caught: unknown) => caught)) as TemplateProblemsError;
    expect(error.problems[0]).toMatchObject({ page: 0, elementId: 'term', missing: ['term'] });
    expect(await knownNumbers(db)).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('never reuses the number of a deleted document', async () => {
    const db = await sampleDb();
    const { alliance, event } = await lishui(db);
    await setUp(db, alliance.id);
    const old = await createRecord(
      'issuedDocuments',
      { allianceId: alliance.id, templateId: licence.id, kind: 'unit-licence', number: 'LSZZ-2024-KQ007', recipientType: 'unit', recipientId: alliance.id, recipientName: '某单位', printedTexts: {}, issuedOn: '2024-06-13' },
      db,
    );
    await deleteRecord('issuedDocuments', old.id, db);
    const { recipients } = findRecipients(criteria({ alliance, event }, {}), await viewOf(db));
    const issued = await issueDocuments({ template: licence, allianceId: alliance.id, scheme, issuedOn: '2024-06-13', eventId: event.id, recipients: recipients.slice(0, 1) }, db);
    expect(issued[0]?.number).toBe('LSZZ-2024-KQ008');
  });
});
