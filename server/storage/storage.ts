import type { LoggedOp, NumberCollision, WireOp } from '../../shared/sync/protocol';
import type { Grant } from '../../shared/sync/permissions';

/**
 * The sync server's storage, one interface with two implementations that pass the same contract
 * tests (storage.test.ts): SQLite, the embedded default in one file, and PostgreSQL for a network
 * that outgrows one machine. Every method that writes does so in one transaction.
 */
export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
}

export interface Device {
  id: string;
  workspaceId: string;
  name: string;
  enrolledAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  /** What it may change (shared/sync/permissions.ts), set with its enrolment code or later by the admin. */
  grant: Grant;
}

/** One field's merged value in a workspace. */
export interface StateField {
  table: string;
  rowId: string;
  field: string;
  value: unknown;
  hlc: string;
}

export interface AppendResult {
  accepted: number;
  duplicates: number;
  serverSeq: number;
}

export interface PullPage {
  ops: LoggedOp[];
  hasMore: boolean;
  serverSeq: number;
}

export interface AttachmentMeta {
  name: string;
  mimeType: string;
  size: number;
}

export interface AttachmentRecord extends AttachmentMeta {
  received: number;
  complete: boolean;
}

export type EnrolResult = { workspace: Workspace } | { refused: 'code-invalid' | 'other-workspace' | 'device-active' | 'lineage-refused' };

/** A device enrolling: its id and name, its token's hash, and the devices whose backup it carries. */
export interface EnrollingDevice {
  id: string;
  name: string;
  tokenHash: string;
  /** Devices this one was restored from: their unsent operations are in its outbox. */
  restoredFrom?: readonly string[];
}

/** A device as the enrolment's checks read it. */
export interface KnownDevice {
  id: string;
  workspace_id: string;
  revoked_at: string | null;
}

/**
 * Whether a device may declare it was restored from these: each one is not itself, and is either
 * a device of the same workspace that the admin has revoked (it no longer pushes under its id,
 * so only one machine does), or an id the server has never enrolled (a machine that never synced).
 */
export function lineageAllowed(deviceId: string, workspaceId: string, restoredFrom: readonly string[], known: readonly KnownDevice[]): boolean {
  return restoredFrom.every((id) => {
    if (id === deviceId) return false;
    const device = known.find((candidate) => candidate.id === id);
    return !device || (device.workspace_id === workspaceId && device.revoked_at !== null);
  });
}

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  createWorkspace(name: string, at: string): Promise<Workspace>;
  /** By id or by name. */
  findWorkspace(idOrName: string): Promise<Workspace | null>;
  listWorkspaces(): Promise<Workspace[]>;

  /** The device enrolling with the code gets `grant` (the secretariat's when none is given). */
  addEnrolmentCode(workspaceId: string, codeHash: string, expiresAt: string, at: string, grant?: Grant): Promise<void>;
  /**
   * Uses a one-time code and registers the device with its token, together: a code works once,
   * before it expires. A revoked device enrolling again into the same workspace gets a new token
   * and is no longer revoked; a device that is not revoked is refused (`device-active`: a code
   * must not take over an enrolled device and kill its token), and so is one of another workspace.
   * A refused enrolment leaves the code unused. A device whose id another device carries by
   * lineage never enrols again (`device-active`); the lineage it declares is checked by
   * `lineageAllowed` (`lineage-refused`) and recorded.
   */
  enrol(codeHash: string, device: EnrollingDevice, at: string): Promise<EnrolResult>;
  /** The device and, through the recorded lineage, every device whose operations it may push. */
  authorsFor(deviceId: string): Promise<string[]>;
  deviceByTokenHash(tokenHash: string): Promise<Device | null>;
  listDevices(workspaceId: string): Promise<Device[]>;
  /** False when there is no such device. */
  revokeDevice(deviceId: string, at: string): Promise<boolean>;
  /** False when there is no such device. */
  setDeviceGrant(deviceId: string, grant: Grant): Promise<boolean>;
  touchDevice(deviceId: string, at: string): Promise<void>;

  /**
   * Logs the operations not seen before (by opId, per workspace) under the next sequence
   * numbers and merges them into the state, in one transaction.
   */
  append(workspaceId: string, ops: WireOp[], at: string): Promise<AppendResult>;
  /** Logged operations after `after`, about `limit` of them, never splitting one change's operations on one record. */
  pull(workspaceId: string, after: number, limit: number): Promise<PullPage>;
  /** The same page as stored rows, for answering a pull without parsing every value. */
  pullRows(workspaceId: string, after: number, limit: number): Promise<RawPullPage>;
  /** Document numbers held by two or more records, as they stand now. */
  collisions(workspaceId: string): Promise<NumberCollision[]>;
  state(workspaceId: string): Promise<StateField[]>;
  /** The merged fields of these records (the role check reads whose unit a record is). */
  recordState(workspaceId: string, table: string, rowIds: readonly string[]): Promise<StateField[]>;

  attachment(workspaceId: string, sha256: string): Promise<AttachmentRecord | null>;
  /** Adds bytes at `offset`, which must be what is held already; returns what is held after. */
  appendAttachment(workspaceId: string, sha256: string, meta: AttachmentMeta, offset: number, chunk: Uint8Array): Promise<AttachmentRecord | 'offset-mismatch'>;
  /** The bytes held so far, complete or not. */
  attachmentBytes(workspaceId: string, sha256: string): Promise<Uint8Array | null>;
  markAttachmentComplete(workspaceId: string, sha256: string): Promise<void>;
  deleteAttachment(workspaceId: string, sha256: string): Promise<void>;

  close(): Promise<void>;
}

/** The fields whose values must be unique in a workspace: a collision is reported, never merged away. */
export const uniqueFields: readonly { table: string; field: string }[] = [{ table: 'issuedDocuments', field: 'number' }];

/** The unique fields as SQL literals, so both databases can use the partial index `state_unique_values` (migrations.ts). */
export const uniqueCondition = uniqueFields.map(({ table, field }) => `(tbl = '${table}' AND field = '${field}')`).join(' OR ');

export function isUniqueField(table: string, field: string): boolean {
  return uniqueFields.some((unique) => unique.table === table && unique.field === field);
}

/** A logged operation as stored: its value still the JSON text it was stored as. */
export interface OpRow {
  seq: number;
  op_id: string;
  device_id: string;
  tbl: string;
  row_id: string;
  field: string;
  value: string;
  hlc: string;
}

/** A page of the log as stored rows, cut and ready to send. */
export interface RawPullPage {
  rows: OpRow[];
  hasMore: boolean;
  serverSeq: number;
}

export function toLoggedOp(row: OpRow): LoggedOp {
  return { seq: row.seq, opId: row.op_id, deviceId: row.device_id, table: row.tbl, rowId: row.row_id, field: row.field, value: JSON.parse(row.value) as unknown, hlc: row.hlc };
}

/** One logged operation's JSON, written straight from its stored row: the value is stored as JSON text and goes out as it is. */
export function opJson(row: OpRow): string {
  return `{"seq":${row.seq},"opId":${JSON.stringify(row.op_id)},"deviceId":${JSON.stringify(row.device_id)},"table":${JSON.stringify(row.tbl)},"rowId":${JSON.stringify(row.row_id)},"field":${JSON.stringify(row.field)},"value":${row.value},"hlc":${JSON.stringify(row.hlc)}}`;
}

/**
 * The JSON of logged operations, written straight from the stored rows, instead of each value being
 * parsed and serialised again for each of the 50,000 operations of a first sync.
 */
export function opsJson(rows: OpRow[]): string {
  return `[${rows.map(opJson).join(',')}]`;
}

/** How many rows beyond `limit` a page reads, to finish the last record's change. */
export const pageSlack = 200;

/**
 * Cuts rows read with `limit + pageSlack` after `limit`, extended so that one change's operations
 * on one record stay together (a client never holds half a new record).
 */
export function cutPage<Row extends Pick<OpRow, 'op_id' | 'tbl' | 'row_id'> = OpRow>(rows: Row[], limit: number, serverSeq: number): { rows: Row[]; hasMore: boolean; serverSeq: number } {
  if (rows.length <= limit) return { rows, hasMore: false, serverSeq };
  const groupOf = (row: Row): string => `${row.op_id.slice(0, row.op_id.indexOf(':'))}/${row.tbl}/${row.row_id}`;
  let end = limit;
  const last = rows[limit - 1];
  if (last) {
    const group = groupOf(last);
    while (end < rows.length && groupOf(rows[end] as Row) === group) end += 1;
  }
  return { rows: rows.slice(0, end), hasMore: end < rows.length || rows.length === limit + pageSlack, serverSeq };
}
