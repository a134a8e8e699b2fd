import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { DeskDatabase } from './database';
import { db as defaultDb } from './database';

/** Larger files are refused: a phone photo or a scanned agreement is well below this. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/**
 * What the desk stores: photos the browser can show and PDF scans. The type is read from the
 * file's first bytes, not from its name or the type the system declares, so a renamed file is
 * stored as what it really is.
 */
const signatures: { mimeType: string; test: (head: Uint8Array) => boolean }[] = [
  { mimeType: 'image/png', test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimeType: 'image/jpeg', test: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { mimeType: 'image/gif', test: (h) => startsWith(h, [0x47, 0x49, 0x46, 0x38]) },
  { mimeType: 'image/webp', test: (h) => startsWith(h, [0x52, 0x49, 0x46, 0x46]) && startsWith(h.subarray(8), [0x57, 0x45, 0x42, 0x50]) },
  { mimeType: 'image/bmp', test: (h) => startsWith(h, [0x42, 0x4d]) },
  { mimeType: 'application/pdf', test: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
];

/** The types a file picker offers; the bytes decide in the end. */
export const acceptedAttachmentTypes = signatures.map((signature) => signature.mimeType).join(',');

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

export function sniffMimeType(bytes: Uint8Array): string | undefined {
  return signatures.find((signature) => signature.test(bytes))?.mimeType;
}

export type AttachmentProblem = 'too-large' | 'unsupported-type' | 'empty';

/** A file the desk will not keep; nothing was stored. */
export class AttachmentError extends Error {
  constructor(
    readonly problem: AttachmentProblem,
    readonly fileName: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'AttachmentError';
  }
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps a photo or scan once, under the SHA-256 of its bytes, and returns that hash for the
 * record to hold. Storing the same bytes again (under any name) changes nothing: attachments are
 * content-addressed, so they are never edited, only referenced, and sync moves them by hash.
 */
export async function storeAttachment(file: File, db: DeskDatabase = defaultDb): Promise<string> {
  if (file.size > maxAttachmentBytes) throw new AttachmentError('too-large', file.name);
  if (file.size === 0) throw new AttachmentError('empty', file.name);
  const bytes = await file.arrayBuffer();
  const mimeType = sniffMimeType(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 16)));
  if (!mimeType) throw new AttachmentError('unsupported-type', file.name);
  const sha256 = await sha256Hex(bytes);
  await db.transaction('rw', db.attachments, async () => {
    if ((await db.attachments.where('sha256').equals(sha256).count()) > 0) return;
    await db.attachments.add({ sha256, name: file.name, mimeType, size: bytes.byteLength, bytes: new Blob([bytes], { type: mimeType }) });
  });
  return sha256;
}

export interface AttachmentView {
  name: string;
  mimeType: string;
  size: number;
  /** An object URL of the bytes, valid while the component that asked for it is mounted. */
  url: string;
}

/**
 * A stored attachment with an object URL for showing it: undefined while loading, null when this
 * device does not hold the bytes (yet). The URL is revoked when the component unmounts or asks
 * for another hash, so a page of thumbnails does not keep every photo in memory.
 */
export function useAttachmentUrl(sha256: string): AttachmentView | null | undefined {
  const [state, setState] = useState<{ sha256: string; view: AttachmentView | null }>();
  useEffect(() => {
    let url: string | undefined;
    // Live, because the bytes of a photo added on another device may arrive after the record.
    const subscription = liveQuery(() => defaultDb.attachments.get(sha256)).subscribe({
      next: (row) => {
        // Content-addressed: once the bytes are here they never change.
        if (url) return;
        if (!row) {
          setState({ sha256, view: null });
          return;
        }
        url = URL.createObjectURL(row.bytes);
        setState({ sha256, view: { name: row.name, mimeType: row.mimeType, size: row.size, url } });
      },
      error: () => setState({ sha256, view: null }),
    });
    return () => {
      subscription.unsubscribe();
      if (url) URL.revokeObjectURL(url);
    };
  }, [sha256]);
  return state?.sha256 === sha256 ? state.view : undefined;
}
