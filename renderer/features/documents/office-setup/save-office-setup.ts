import type { Alliance } from '../../../../shared/domain/records';
import type { OfficeCodeCheck } from '../../../../shared/documents/office-codes';
import { normalizeOfficeCode } from '../../../../shared/documents/numbering';
import type { DeskDatabase } from '../../../db/database';
import { db as defaultDb } from '../../../db/database';
import { updateRecord } from '../../../db/mutate';
import { readOfficeNumbering } from '../../../db/office-numbering';
import { writeSetting } from '../../../db/settings';
import type { SetupDraft } from './office-setup';
import { alliancePatch, checkSetupCode } from './office-setup';

/** The code cannot be this office's (another device numbers with it, or it is not 1–4 letters): nothing was saved. */
export class OfficeCodeRefusedError extends Error {
  constructor(readonly check: OfficeCodeCheck) {
    super(`Office code refused: ${check.problem}`);
    this.name = 'OfficeCodeRefusedError';
  }
}

/**
 * Saves the set-up: the alliance's issuer and images (through the data layer, so they sync), then
 * this device's code, then that the set-up is done. The code is checked again against what the
 * registry holds now (a sync may have brought another office's numbers since the dialog opened);
 * the set-up counts as done only once everything is written.
 */
export async function saveOfficeSetup(draft: SetupDraft, alliance: Pick<Alliance, 'id' | 'name' | 'issuerName' | 'logo' | 'seal' | 'signature'>, db: DeskDatabase = defaultDb): Promise<string> {
  const numbering = await readOfficeNumbering(db);
  if (!numbering) throw new Error('This device has no id yet');
  const check = checkSetupCode(draft, numbering);
  if (check) throw new OfficeCodeRefusedError(check);
  const patch = alliancePatch(draft, alliance);
  if (patch.issuerName !== alliance.issuerName || patch.logo !== alliance.logo || patch.seal !== alliance.seal || patch.signature !== alliance.signature) {
    await updateRecord('alliances', alliance.id, patch, db);
  }
  const code = normalizeOfficeCode(draft.officeCode);
  await writeSetting('officeCode', code, db);
  await writeSetting('officeSetUp', [...new Set([...numbering.setUpFor, alliance.id])], db);
  return code;
}
