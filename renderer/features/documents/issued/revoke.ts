import { localIsoDate } from '../../../../shared/domain/agreement-term';
import { updateRecord } from '../../../db/mutate';

/** Revoking keeps the document (and its number) in the registry, marked, with why and when. */
export function revokeDocument(id: string, reason: string, today = localIsoDate()): Promise<unknown> {
  return updateRecord('issuedDocuments', id, { revoked: true, revokedReason: reason, revokedOn: today });
}

export function restoreDocument(id: string): Promise<unknown> {
  return updateRecord('issuedDocuments', id, { revoked: false, revokedReason: '', revokedOn: null });
}
