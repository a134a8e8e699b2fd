import { useState } from 'react';
import { useRecordsWhere } from '../../db/queries';
import type { StoredRecord } from '../../db/database';
import { deleteRecipient, heldDocuments } from '../../db/recipient-documents';

export interface DeleteRecipientState {
  asking: boolean;
  ask: () => void;
  close: () => void;
  /** The valid documents the recipient holds; undefined while loading. */
  held: StoredRecord<'issuedDocuments'>[] | undefined;
  revoke: boolean;
  setRevoke: (revoke: boolean) => void;
  reason: string;
  setReason: (reason: string) => void;
  /** Revoking needs a reason; shown once the user tried without one. */
  reasonMissing: boolean;
  confirm: () => void;
}

/** The delete dialog of a unit or person: what it holds, and whether to revoke that in the same step. */
export function useDeleteRecipient(table: 'units' | 'people', id: string, defaultReason: string, onError: (error: unknown) => void): DeleteRecipientState {
  const documents = useRecordsWhere('issuedDocuments', 'recipientId', id);
  const held = documents && heldDocuments(documents, id);
  const [asking, setAsking] = useState(false);
  const [revoke, setRevoke] = useState(true);
  const [reason, setReason] = useState(defaultReason);
  const [tried, setTried] = useState(false);
  const revoking = revoke && (held?.length ?? 0) > 0;
  const reasonMissing = tried && revoking && reason.trim() === '';
  return {
    asking,
    ask: () => {
      setAsking(true);
      setTried(false);
    },
    close: () => setAsking(false),
    held,
    revoke,
    setRevoke,
    reason,
    setReason,
    reasonMissing,
    confirm: () => {
      setTried(true);
      if (revoking && reason.trim() === '') return;
      setAsking(false);
      const revocation = revoking && held ? { documentIds: held.map((document) => document.id), reason: reason.trim() } : null;
      deleteRecipient(table, id, revocation).catch(onError);
    },
  };
}
