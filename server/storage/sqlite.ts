import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { FieldState } from '../../shared/sync/merge';
import type { NumberCollision, WireOp } from '../../shared/sync/protocol';
import { fieldKey, planMerge, uniqueOps } from './merge-plan';
import type { AppendResult, AttachmentMeta, AttachmentRecord, Device, EnrollingDevice, EnrolResult, KnownDevice, OpRow, PullPage, RawPullPage, StateField, Storage, Workspace } from './storage';
import { cutPage, isUniqueField, lineageAllowed, pageSlack, toLoggedOp, uniqueCondition } from './storage';
import type { Grant } from '../../shared/sync/permissions';
import { defaultGrant } from '../../shared/sync/permissions';
import { pendingMigrations, schemaVersionTable, sqliteDialect } from './migrations';

interface WorkspaceRow { id: string; name: string; created_at: string; seq: number }
interface DeviceRow { id: string; workspace_id: string; name: string; enrolled_at: string; last_seen_at: string | null; revoked_at: string | null; role: Grant['role']; unit_id: string | null }
interface AttachmentRow { name: string; mime_type: string; size: number; received: number; complete: number }

const toWorkspace = (row: WorkspaceRow): Workspace => ({ id: row.id, name: row.name, createdAt: row.created_at });
const toDevice = (row: DeviceRow): Device => ({
  id: row.id, workspaceId: row.workspace_id, name: row.name, enrolledAt: row.enrolled_at, lastSeenAt: row.last_seen_at, revokedAt: row.revoked_at,
  grant: { role: row.role, unitId: row.unit_id },
});
const toAttachment = (row: AttachmentRow): AttachmentRecord => ({
  name: row.name, mimeType: row.mime_type, size: row.size, received: row.received, complete: row.complete === 1,
});

/** SQLite in one file with write-ahead logging: the server's embedded default. */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    try {
      this.migrate();
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** Brings the file to the newest schema version in one write transaction (migrations.ts). */
  private migrate(): void {
    const run = this.db.transaction(() => {
      this.db.exec(schemaVersionTable);
      const held = (this.db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null }).version ?? 0;
      const record = this.db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)');
      for (const migration of pendingMigrations(held)) {
        this.db.exec(migration.up(sqliteDialect));
        record.run(migration.version, migration.description, new Date().toISOString());
      }
    });
    run.immediate();
  }

  createWorkspace(name: string, at: string): Promise<Workspace> {
    const id = randomUUID();
    this.db.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(id, name, at);
    return Promise.resolve({ id, name, createdAt: at });
  }

  findWorkspace(idOrName: string): Promise<Workspace | null> {
    const row = this.db.prepare('SELECT * FROM workspaces WHERE id = ? OR name = ?').get(idOrName, idOrName) as WorkspaceRow | undefined;
    return Promise.resolve(row ? toWorkspace(row) : null);
  }

  listWorkspaces(): Promise<Workspace[]> {
    return Promise.resolve((this.db.prepare('SELECT * FROM workspaces ORDER BY name').all() as WorkspaceRow[]).map(toWorkspace));
  }

  addEnrolmentCode(workspaceId: string, codeHash: string, expiresAt: string, at: string, grant: Grant = defaultGrant): Promise<void> {
    this.db.prepare('INSERT INTO enrolment_codes (code_hash, workspace_id, created_at, expires_at, role, unit_id) VALUES (?, ?, ?, ?, ?, ?)').run(codeHash, workspaceId, at, expiresAt, grant.role, grant.unitId);
    return Promise.resolve();
  }

  enrol(codeHash: string, device: EnrollingDevice, at: string): Promise<EnrolResult> {
    const restoredFrom = device.restoredFrom ?? [];
    const run = this.db.transaction((): EnrolResult => {
      const code = this.db.prepare('SELECT workspace_id, role, unit_id FROM enrolment_codes WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?').get(codeHash, at) as { workspace_id: string; role: string; unit_id: string | null } | undefined;
      if (!code) return { refused: 'code-invalid' };
      const existing = this.db.prepare('SELECT workspace_id, revoked_at FROM devices WHERE id = ?').get(device.id) as { workspace_id: string; revoked_at: string | null } | undefined;
      if (existing && existing.workspace_id !== code.workspace_id) return { refused: 'other-workspace' };
      if (existing && existing.revoked_at === null) return { refused: 'device-active' };
      if (this.db.prepare('SELECT 1 FROM device_lineage WHERE restored_from = ?').get(device.id)) return { refused: 'device-active' };
      const known = restoredFrom.map((id) => this.db.prepare('SELECT id, workspace_id, revoked_at FROM devices WHERE id = ?').get(id) as KnownDevice | undefined).filter((row) => row !== undefined);
      if (!lineageAllowed(device.id, code.workspace_id, restoredFrom, known)) return { refused: 'lineage-refused' };
      this.db.prepare('UPDATE enrolment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?').run(at, device.id, codeHash);
      if (existing) {
        this.db.prepare('UPDATE devices SET name = ?, token_hash = ?, enrolled_at = ?, revoked_at = NULL, role = ?, unit_id = ? WHERE id = ?').run(device.name, device.tokenHash, at, code.role, code.unit_id, device.id);
      } else {
        this.db.prepare('INSERT INTO devices (id, workspace_id, name, token_hash, enrolled_at, role, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(device.id, code.workspace_id, device.name, device.tokenHash, at, code.role, code.unit_id);
      }
      const record = this.db.prepare('INSERT OR IGNORE INTO device_lineage (device_id, restored_from, workspace_id, declared_at) VALUES (?, ?, ?, ?)');
      for (const id of restoredFrom) record.run(device.id, id, code.workspace_id, at);
      const workspace = this.db.prepare('SELECT * FROM workspaces WHERE id = ?').get(code.workspace_id) as WorkspaceRow;
      return { workspace: toWorkspace(workspace) };
    });
    return Promise.resolve(run.immediate());
  }

  authorsFor(deviceId: string): Promise<string[]> {
    const read = this.db.prepare('SELECT restored_from FROM device_lineage WHERE device_id = ?');
    const authors = [deviceId];
    // A restore of a restore carries both backups' devices.
    for (let index = 0; index < authors.length && authors.length < 100; index += 1) {
      for (const row of read.all(authors[index]) as { restored_from: string }[]) if (!authors.includes(row.restored_from)) authors.push(row.restored_from);
    }
    return Promise.resolve(authors);
  }

  deviceByTokenHash(tokenHash: string): Promise<Device | null> {
    const row = this.db.prepare('SELECT * FROM devices WHERE token_hash = ?').get(tokenHash) as DeviceRow | undefined;
    return Promise.resolve(row ? toDevice(row) : null);
  }

  listDevices(workspaceId: string): Promise<Device[]> {
    return Promise.resolve((this.db.prepare('SELECT * FROM devices WHERE workspace_id = ? ORDER BY enrolled_at').all(workspaceId) as DeviceRow[]).map(toDevice));
  }

  revokeDevice(deviceId: string, at: string): Promise<boolean> {
    const result = this.db.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, deviceId);
    return Promise.resolve(result.changes > 0);
  }

  setDeviceGrant(deviceId: string, grant: Grant): Promise<boolean> {
    const result = this.db.prepare('UPDATE devices SET role = ?, unit_id = ? WHERE id = ?').run(grant.role, grant.unitId, deviceId);
    return Promise.resolve(result.changes > 0);
  }

  touchDevice(deviceId: string, at: string): Promise<void> {
    this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, deviceId);
    return Promise.resolve();
  }

  /** A push's statements, prepared once: a push is one short write transaction of these (issue 13.7). */
  private pushStatements?: ReturnType<SqliteStorage['preparePush']>;

  private preparePush() {
    return {
      seq: this.db.prepare('SELECT seq FROM workspaces WHERE id = ?'),
      setSeq: this.db.prepare('UPDATE workspaces SET seq = ? WHERE id = ?'),
      insert: this.db.prepare(
        'INSERT OR IGNORE INTO ops (workspace_id, seq, op_id, device_id, tbl, row_id, field, value, hlc, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      readField: this.db.prepare('SELECT value, hlc FROM state WHERE workspace_id = ? AND tbl = ? AND row_id = ? AND field = ?'),
      writeField: this.db.prepare(
        'INSERT INTO state (workspace_id, tbl, row_id, field, value, hlc) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, tbl, row_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc',
      ),
      holders: this.db.prepare(`SELECT count(*) AS n FROM state WHERE workspace_id = ? AND tbl = ? AND field = ? AND value = ? AND (${uniqueCondition})`),
      collision: this.db.prepare('INSERT OR IGNORE INTO collisions (workspace_id, tbl, field, value, detected_at) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  append(workspaceId: string, ops: WireOp[], at: string): Promise<AppendResult> {
    const { seq: readSeq, setSeq, insert, readField, writeField, holders, collision } = (this.pushStatements ??= this.preparePush());
    const run = this.db.transaction((): AppendResult => {
      const workspace = readSeq.get(workspaceId) as { seq: number } | undefined;
      if (!workspace) throw new Error(`No workspace ${workspaceId}`);
      let seq = workspace.seq;
      const fresh: WireOp[] = [];
      for (const op of uniqueOps(ops)) {
        const result = insert.run(workspaceId, seq + 1, op.opId, op.deviceId, op.table, op.rowId, op.field, JSON.stringify(op.value ?? null), op.hlc, at);
        if (result.changes === 0) continue;
        seq += 1;
        fresh.push(op);
      }
      const current = new Map<string, FieldState>();
      for (const op of fresh) {
        const row = readField.get(workspaceId, op.table, op.rowId, op.field) as { value: string; hlc: string } | undefined;
        if (row) current.set(fieldKey(op.table, op.rowId, op.field), { value: JSON.parse(row.value) as unknown, hlc: row.hlc });
      }
      const winners = planMerge(fresh, current);
      for (const winner of winners) writeField.run(workspaceId, winner.table, winner.rowId, winner.field, JSON.stringify(winner.value), winner.hlc);
      for (const winner of winners) {
        if (!isUniqueField(winner.table, winner.field) || typeof winner.value !== 'string' || winner.value === '') continue;
        const held = holders.get(workspaceId, winner.table, winner.field, JSON.stringify(winner.value)) as { n: number };
        if (held.n > 1) collision.run(workspaceId, winner.table, winner.field, JSON.stringify(winner.value), at);
      }
      setSeq.run(seq, workspaceId);
      return { accepted: fresh.length, duplicates: ops.length - fresh.length, serverSeq: seq };
    });
    return Promise.resolve(run.immediate());
  }

  async pull(workspaceId: string, after: number, limit: number): Promise<PullPage> {
    const page = await this.pullRows(workspaceId, after, limit);
    return { ops: page.rows.map(toLoggedOp), hasMore: page.hasMore, serverSeq: page.serverSeq };
  }

  pullRows(workspaceId: string, after: number, limit: number): Promise<RawPullPage> {
    const read = this.db.transaction((): RawPullPage => {
      const workspace = this.db.prepare('SELECT seq FROM workspaces WHERE id = ?').get(workspaceId) as { seq: number } | undefined;
      const rows = this.db.prepare('SELECT seq, op_id, device_id, tbl, row_id, field, value, hlc FROM ops WHERE workspace_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(workspaceId, after, limit + pageSlack) as OpRow[];
      return cutPage(rows, limit, workspace?.seq ?? 0);
    });
    return Promise.resolve(read());
  }

  collisions(workspaceId: string): Promise<NumberCollision[]> {
    const found: NumberCollision[] = [];
    const recorded = this.db.prepare('SELECT tbl, field, value, detected_at FROM collisions WHERE workspace_id = ? ORDER BY detected_at').all(workspaceId) as { tbl: string; field: string; value: string; detected_at: string }[];
    for (const collision of recorded) {
      const holders = this.db.prepare(`SELECT row_id FROM state WHERE workspace_id = ? AND tbl = ? AND field = ? AND value = ? AND (${uniqueCondition}) ORDER BY row_id`).all(workspaceId, collision.tbl, collision.field, collision.value) as { row_id: string }[];
      // Renumbered since: no longer a collision, but the record of it stays.
      if (holders.length < 2) continue;
      found.push({ table: collision.tbl, field: collision.field, value: JSON.parse(collision.value) as string, rowIds: holders.map((holder) => holder.row_id), detectedAt: collision.detected_at });
    }
    return Promise.resolve(found);
  }

  state(workspaceId: string): Promise<StateField[]> {
    const rows = this.db.prepare('SELECT tbl, row_id, field, value, hlc FROM state WHERE workspace_id = ? ORDER BY tbl, row_id, field').all(workspaceId) as { tbl: string; row_id: string; field: string; value: string; hlc: string }[];
    return Promise.resolve(rows.map((row) => ({ table: row.tbl, rowId: row.row_id, field: row.field, value: JSON.parse(row.value) as unknown, hlc: row.hlc })));
  }

  recordState(workspaceId: string, table: string, rowIds: readonly string[]): Promise<StateField[]> {
    const read = this.db.prepare('SELECT row_id, field, value, hlc FROM state WHERE workspace_id = ? AND tbl = ? AND row_id = ?');
    const rows = rowIds.flatMap((rowId) => read.all(workspaceId, table, rowId) as { row_id: string; field: string; value: string; hlc: string }[]);
    return Promise.resolve(rows.map((row) => ({ table, rowId: row.row_id, field: row.field, value: JSON.parse(row.value) as unknown, hlc: row.hlc })));
  }

  attachment(workspaceId: string, sha256: string): Promise<AttachmentRecord | null> {
    const row = this.db.prepare('SELECT name, mime_type, size, length(bytes) AS received, complete FROM attachments WHERE workspace_id = ? AND sha256 = ?').get(workspaceId, sha256) as AttachmentRow | undefined;
    return Promise.resolve(row ? toAttachment(row) : null);
  }

  appendAttachment(workspaceId: string, sha256: string, meta: AttachmentMeta, offset: number, chunk: Uint8Array): Promise<AttachmentRecord | 'offset-mismatch'> {
    const run = this.db.transaction((): AttachmentRecord | 'offset-mismatch' => {
      const row = this.db.prepare('SELECT bytes, complete FROM attachments WHERE workspace_id = ? AND sha256 = ?').get(workspaceId, sha256) as { bytes: Buffer; complete: number } | undefined;
      if (row?.complete === 1) return { ...meta, size: row.bytes.length, received: row.bytes.length, complete: true };
      const held = row?.bytes.length ?? 0;
      if (offset !== held) return 'offset-mismatch';
      const bytes = Buffer.concat([row?.bytes ?? Buffer.alloc(0), chunk]);
      this.db
        .prepare('INSERT INTO attachments (workspace_id, sha256, name, mime_type, size, bytes) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, sha256) DO UPDATE SET bytes = excluded.bytes')
        .run(workspaceId, sha256, meta.name, meta.mimeType, meta.size, bytes);
      return { ...meta, received: bytes.length, complete: false };
    });
    return Promise.resolve(run.immediate());
  }

  attachmentBytes(workspaceId: string, sha256: string): Promise<Uint8Array | null> {
    const row = this.db.prepare('SELECT bytes FROM attachments WHERE workspace_id = ? AND sha256 = ?').get(workspaceId, sha256) as { bytes: Buffer } | undefined;
    return Promise.resolve(row ? new Uint8Array(row.bytes) : null);
  }

  markAttachmentComplete(workspaceId: string, sha256: string): Promise<void> {
    this.db.prepare('UPDATE attachments SET complete = 1 WHERE workspace_id = ? AND sha256 = ?').run(workspaceId, sha256);
    return Promise.resolve();
  }

  deleteAttachment(workspaceId: string, sha256: string): Promise<void> {
    this.db.prepare('DELETE FROM attachments WHERE workspace_id = ? AND sha256 = ? AND complete = 0').run(workspaceId, sha256);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}

