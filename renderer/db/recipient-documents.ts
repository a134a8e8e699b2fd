import { localIsoDate } from '../../shared/domain/agreement-term';
import type { IssuedDocument } from '../../shared/domain/documents';
import type { DeskDatabase } from './database';
import { db as defaultDb } from './database';
import type { Mutator } from './mutate';
import { mutate } from './mutate';

/**
 * Issued documents and their recipients, shared by the units and people features (deleting a
 * recipient) and the documents feature (revoking): features do not import each other's files.
 */

type Held = Pick<IssuedDocument, 'id' | 'number' | 'recipientId' | 'revoked' | 'deleted'>;

/** The documents a unit or person holds: issued to them, not revoked, not deleted; by number. */
export function heldDocuments<T extends Held>(documents: readonly T[], recipientId: string): T[] {
  const byNumber = new Intl.Collator('zh-CN', { numeric: true });
  return documents.filter((document) => document.recipientId === recipientId && !document.revoked && !document.deleted).sort((a, b) => byNumber.compare(a.number, b.number));
}

/** Revoking keeps the document (and its number) in the registry, marked, with why and when. */
export function revokeWith(m: Mutator, id: string, reason: string, today: string): Promise<unknown> {
  return m.update('issuedDocuments', id, { revoked: true, revokedReason: reason, revokedOn: today });
}

export interface Revocation {
  documentIds: readonly string[];
  reason: string;
  today?: string;
}

/**
 * Deletes a unit or person and, in the same transaction, revokes the documents the user chose to
 * revoke with it: either both happen or neither. Documents not revoked stay valid in the registry;
 * the print queue leaves them out while their recipient is deleted.
 */
export function deleteRecipient(table: 'units' | 'people', id: string, revocation: Revocation | null, db: DeskDatabase = defaultDb): Promise<void> {
  return mutate(async (m) => {
    await m.setDeleted(table, id, true);
    if (!revocation) return;
    const today = revocation.today ?? localIsoDate();
    for (const documentId of revocation.documentIds) await revokeWith(m, documentId, revocation.reason, today);
  }, db);
}
