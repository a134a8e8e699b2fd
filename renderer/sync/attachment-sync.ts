import { sha256Hex } from '../db/attachments';
import type { DeskDatabase } from '../db/database';
import { SyncRequestError } from '../../shared/sync/protocol';
import { readSyncState, writeSyncState } from './sync-state';
import type { SyncTransport } from './transport';

export interface AttachmentCounts {
  uploaded: number;
  downloaded: number;
  /** Referred to by a record, but the server does not have the bytes yet. */
  missing: number;
}

const skippable = new Set<string>(['payload-too-large', 'hash-mismatch', 'upload-offset-mismatch', 'invalid-request']);

/**
 * Sends the server every attachment it does not hold yet, resuming an interrupted upload where
 * the server says it stopped. Attachments are content-addressed and never change, so one
 * confirmed upload is remembered and never checked again.
 */
async function upload(db: DeskDatabase, transport: SyncTransport): Promise<number> {
  const done = new Set(await readSyncState(db, 'syncUploadedAttachments', []));
  const pending = (await db.attachments.toCollection().primaryKeys()).filter((sha256) => !done.has(sha256));
  let uploaded = 0;
  for (const sha256 of pending) {
    const status = await transport.hasAttachment(sha256);
    if (!status.complete) {
      const row = await db.attachments.get(sha256);
      if (!row) continue;
      const bytes = new Uint8Array(await row.bytes.arrayBuffer());
      let after;
      try {
        after = await transport.putAttachment({ sha256, name: row.name, mimeType: row.mimeType, bytes }, Math.min(status.received, bytes.length));
      } catch (error) {
        // One file the server will not take (or whose upload raced another) must not stop the
        // rest; it is tried again at the next sync. Lost connections and refused tokens do stop.
        if (error instanceof SyncRequestError && skippable.has(error.code)) continue;
        throw error;
      }
      if (!after.complete) continue;
      uploaded += 1;
    }
    done.add(sha256);
    // Remembered one by one: an interrupted sync does not send finished files again.
    await writeSyncState(db, 'syncUploadedAttachments', [...done]);
  }
  return uploaded;
}

/** Fetches the bytes of attachments that pulled records refer to, checking each hash. */
async function download(db: DeskDatabase, transport: SyncTransport): Promise<{ downloaded: number; missing: number }> {
  const wanted = await readSyncState(db, 'syncWantedAttachments', []);
  const stillWanted: string[] = [];
  let downloaded = 0;
  for (const sha256 of wanted) {
    if (await db.attachments.get(sha256)) continue;
    const file = await transport.getAttachment(sha256);
    if (!file || (await sha256Hex(file.bytes.slice().buffer)) !== sha256) {
      stillWanted.push(sha256);
      continue;
    }
    await db.attachments.put({ sha256, name: file.name, mimeType: file.mimeType, size: file.bytes.length, bytes: new Blob([file.bytes.slice()], { type: file.mimeType }) });
    downloaded += 1;
  }
  await writeSyncState(db, 'syncWantedAttachments', stillWanted);
  // A downloaded file is on the server by definition.
  const done = new Set(await readSyncState(db, 'syncUploadedAttachments', []));
  for (const sha256 of wanted) if (!stillWanted.includes(sha256)) done.add(sha256);
  await writeSyncState(db, 'syncUploadedAttachments', [...done]);
  return { downloaded, missing: stillWanted.length };
}

export async function syncAttachments(db: DeskDatabase, transport: SyncTransport): Promise<AttachmentCounts> {
  const uploaded = await upload(db, transport);
  const { downloaded, missing } = await download(db, transport);
  return { uploaded, downloaded, missing };
}
