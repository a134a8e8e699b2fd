import { localIsoDate } from '../../../../shared/domain/agreement-term';
import { mutate, updateRecord } from '../../../db/mutate';
import { revokeWith } from '../../../db/recipient-documents';

/** Revoking keeps the document (and its number) in the registry, marked, with why and when. */
export function revokeDocument(id: string, reason: string, today = localIsoDate()): Promise<unknown> {
  return mutate((m) => revokeWith(m, id, reason, today));
}

export function restoreDocument(id: string): Promise<unknown> {
  return updateRecord('issuedDocuments', id, { revoked: false, revokedReason: '', revokedOn: null });
}
