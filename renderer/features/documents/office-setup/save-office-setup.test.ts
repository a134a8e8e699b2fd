import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskDatabase } from '../../../db/database';
import { createRecord } from '../../../db/mutate';
import { readOfficeNumbering } from '../../../db/office-numbering';
import { readSetting, writeSetting } from '../../../db/settings';
import { setupDraftOf, setupNeeded } from './office-setup';
import { OfficeCodeRefusedError, saveOfficeSetup } from './save-office-setup';

let counter = 0;
const opened: DeskDatabase[] = [];
function fresh(): DeskDatabase {
  counter += 1;
  const db = new DeskDatabase(`desk-office-setup-${counter}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const here = '0193f000-0000-7000-8000-00000000aaaa';
const elsewhere = '0193f000-0000-7000-8000-00000000bbbb';

/** A workspace where another office (device `elsewhere`) has issued LSZZ-2026-KQ-Z001, and this device has just been set up. */
async function workspace(db: DeskDatabase) {
  await writeSetting('deviceId', elsewhere, db);
  const alliance = await createRecord('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community', numberPrefix: 'LSZZ' }, db);
  const unit = await createRecord('units', { name: '浙江省丽水市莲都区智能制造装备产业技术研究院有限责任公司丽水分公司', kind: 'research-institute' }, db);
  await createRecord(
    'issuedDocuments',
    { allianceId: alliance.id, templateId: uuidv7(), kind: 'unit-licence', number: 'LSZZ-2026-KQ-Z001', recipientType: 'unit', recipientId: unit.id, recipientName: unit.name, printedTexts: {}, issuedOn: '2026-11-12' },
    db,
  );
  await writeSetting('deviceId', here, db);
  return alliance;
}

describe('the set-up before the first number', () => {
  it('is needed on a fresh device, and proposes a code no other device uses', async () => {
    const db = fresh();
    const alliance = await workspace(db);
    const numbering = await readOfficeNumbering(db);
    if (!numbering) throw new Error('no numbering');
    expect(setupNeeded(numbering, alliance.id)).toBe(true);
    expect(numbering.usedByOthers.get('KQ')).toBe('LSZZ-2026-KQ-Z001');
    expect(numbering.usedByOthers.has(numbering.proposed)).toBe(false);
    expect(setupDraftOf(numbering, alliance)).toMatchObject({ issuerName: '丽水智能制造产教融合共同体', seal: null });
  });

  it('refuses a code another device numbered with, naming its number, and saves nothing', async () => {
    const db = fresh();
    const alliance = await workspace(db);
    const draft = { officeCode: 'kq', issuerName: '丽水智能制造产教融合共同体秘书处', logo: null, seal: null, signature: null };
    const refused = await saveOfficeSetup(draft, alliance, db).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OfficeCodeRefusedError);
    expect((refused as OfficeCodeRefusedError).check).toEqual({ problem: 'used-elsewhere', number: 'LSZZ-2026-KQ-Z001' });
    expect(await readSetting('officeCode', db)).toBeNull();
    expect((await db.recordTable('alliances').get(alliance.id))?.issuerName).toBe('');
  });

  it('saves the code, the issuer and the images; then it is done for that alliance only', async () => {
    const db = fresh();
    const alliance = await workspace(db);
    const seal = 'a'.repeat(64);
    expect(await saveOfficeSetup({ officeCode: ' ls ', issuerName: '丽水智能制造产教融合共同体秘书处', logo: null, seal, signature: null }, alliance, db)).toBe('LS');
    expect(await readSetting('officeCode', db)).toBe('LS');
    const saved = await db.recordTable('alliances').get(alliance.id);
    expect(saved).toMatchObject({ issuerName: '丽水智能制造产教融合共同体秘书处', seal });
    const numbering = await readOfficeNumbering(db);
    if (!numbering) throw new Error('no numbering');
    expect(setupNeeded(numbering, alliance.id)).toBe(false);
    expect(setupNeeded(numbering, uuidv7())).toBe(true);
    expect(numbering.proposed).toBe('LS');
  });

  it('stores an issuer equal to the alliance’s name as none, so a renamed alliance prints its new name', async () => {
    const db = fresh();
    const alliance = await workspace(db);
    await saveOfficeSetup({ officeCode: 'LS', issuerName: ' 丽水智能制造产教融合共同体 ', logo: null, seal: null, signature: null }, alliance, db);
    expect((await db.recordTable('alliances').get(alliance.id))?.issuerName).toBe('');
  });
});
