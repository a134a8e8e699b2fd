import type { AttachmentStatus, PullResponse, PushResponse, WireOp } from '../../shared/sync/protocol';

/** An attachment's bytes and what the desk knows of them. */
export interface AttachmentFile {
  sha256: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * How the engine reaches the server. The desktop app's transport goes through the bridge (the
 * token stays in the main process); tests plug in one that calls the server directly, or one
 * that drops and repeats messages. Failures throw `SyncRequestError` (shared/sync/protocol.ts).
 */
export interface SyncTransport {
  /** Idempotent on each op's `opId`: pushing the same ops again is harmless. */
  push(ops: WireOp[]): Promise<PushResponse>;
  /** Operations with `seq > after`, at most about `limit` of them, in sequence order. */
  pull(after: number, limit: number): Promise<PullResponse>;
  /** What the server holds of an attachment: nothing, part of an interrupted upload, or all of it. */
  hasAttachment(sha256: string): Promise<AttachmentStatus>;
  /**
   * Sends `file.bytes` from `offset` on (the server already holds the bytes before it). The server
   * checks the SHA-256 once it has all of them; uploading a complete file again is harmless.
   */
  putAttachment(file: AttachmentFile, offset: number): Promise<AttachmentStatus>;
  /** The attachment, or null when the server does not hold it (yet). */
  getAttachment(sha256: string): Promise<AttachmentFile | null>;
}
