import type { Alliance } from '../../../../shared/domain/records';
import type { OfficeCodeCheck } from '../../../../shared/documents/office-codes';
import { checkOfficeCodeInWorkspace } from '../../../../shared/documents/office-codes';
import { normalizeOfficeCode } from '../../../../shared/documents/numbering';
import type { OfficeNumbering } from '../../../db/office-numbering';

/**
 * The set-up before a device's first number for an alliance (DESIGN.md §2): this office's code,
 * checked against the codes the workspace already uses, and what the alliance's documents print
 * as issuer, seal, logo and signature. Until it is done, nothing is numbered.
 */

export interface SetupDraft {
  officeCode: string;
  issuerName: string;
  logo: string | null;
  seal: string | null;
  signature: string | null;
}

type AllianceImages = Pick<Alliance, 'id' | 'name' | 'issuerName' | 'logo' | 'seal' | 'signature'>;

/** Whether issuing for this alliance must wait for the set-up. */
export function setupNeeded(numbering: Pick<OfficeNumbering, 'stored' | 'setUpFor'>, allianceId: string): boolean {
  return numbering.stored === null || !numbering.setUpFor.includes(allianceId);
}

/** The set-up as it opens: the proposed code, the issuer the alliance prints (its name unless set) and its images. */
export function setupDraftOf(numbering: Pick<OfficeNumbering, 'proposed'>, alliance: AllianceImages): SetupDraft {
  return { officeCode: numbering.proposed, issuerName: alliance.issuerName || alliance.name, logo: alliance.logo, seal: alliance.seal, signature: alliance.signature };
}

/** Why the code typed cannot be this office's, or null. */
export function checkSetupCode(draft: Pick<SetupDraft, 'officeCode'>, numbering: Pick<OfficeNumbering, 'usedByOthers'>): OfficeCodeCheck | null {
  return checkOfficeCodeInWorkspace(normalizeOfficeCode(draft.officeCode), numbering.usedByOthers);
}

/** The alliance's fields the set-up writes: an issuer equal to the alliance's name is stored as none, so a renamed alliance prints its new name. */
export function alliancePatch(draft: SetupDraft, alliance: Pick<Alliance, 'name'>): Pick<Alliance, 'issuerName' | 'logo' | 'seal' | 'signature'> {
  const issuer = draft.issuerName.trim();
  return { issuerName: issuer === alliance.name.trim() ? '' : issuer, logo: draft.logo, seal: draft.seal, signature: draft.signature };
}
