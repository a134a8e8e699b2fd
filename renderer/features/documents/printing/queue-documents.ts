import type { IssuedDocument } from '../../../../shared/domain/documents';

/**
 * The documents a ceremony still hands out: not deleted, not revoked, and held by a unit or
 * person that is still in the registry. A document whose recipient was deleted is not printed
 * for nobody; restoring the recipient brings it back.
 */
export function queueDocuments<T extends Pick<IssuedDocument, 'deleted' | 'revoked' | 'recipientId'>>(documents: readonly T[], deletedRecipients: ReadonlySet<string>): T[] {
  return documents.filter((document) => !document.deleted && !document.revoked && !deletedRecipients.has(document.recipientId));
}

/** The ids of deleted units and people, for queueDocuments. */
export function deletedIds(...tables: readonly (readonly { id: string; deleted: boolean }[])[]): Set<string> {
  const ids = new Set<string>();
  for (const rows of tables) for (const row of rows) if (row.deleted) ids.add(row.id);
  return ids;
}
