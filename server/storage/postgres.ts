import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { FieldState } from '../../shared/sync/merge';
import type { NumberCollision, WireOp } from '../../shared/sync/protocol';
import { fieldKey, planMerge, uniqueOps } from './merge-plan';
import type { AppendResult, AttachmentMeta, AttachmentRecord, Device, EnrollingDevice, EnrolResult, KnownDevice, OpRow, PullPage, RawPullPage, StateField, Storage, Workspace } from './storage';
import { cutPage, isUniqueField, lineageAllowed, pageSlack, toLoggedOp, uniqueCondition } from './storage';
import type { Grant } from '../../shared/sync/permissions';
import { defaultGrant } from '../../shared/sync/permissions';
import { pendingMigrations, postgresDialect, schemaVersionTable } from './migrations';

interface WorkspaceRow { id: string; name: string; created_at: string }
interface DeviceRow { id: string; workspace_id: string; name: string; enrolled_at: string; last_seen_at: string | null; revoked_at: string | null; role: Grant['role']; unit_id: string | null }

const toWorkspace = (row: WorkspaceRow): Workspace => ({ id: row.id, name: row.name, createdAt: row.created_at });
const toDevice = (row: DeviceRow): Device => ({
  id: row.id, workspaceId: row.workspace_id, name: row.name, enrolledAt: row.enrolled_at, lastSeenAt: row.last_seen_at, revokedAt: row.revoked_at,
  grant: { role: row.role, unitId: row.unit_id },
});

/**
 * Connections per server: pushes wait on each other only for their workspace's row lock, pulls not
 * at all, so more connections than cores keep the database busy while others wait on the network.
 * PostgreSQL's default max_connections (100) leaves room for several servers and the admin.
 */
export const defaultPoolSize = 20;

export interface PostgresOptions {
  /** A schema of its own (created if missing), so several servers or tests share one database. */
  schema?: string;
  maxConnections?: number;
}

/** PostgreSQL, chosen by DATABASE_URL: for a network that outgrows one machine. */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';

  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string, options: PostgresOptions = {}): Promise<PostgresStorage> {
    const schemaName = options.schema;
    if (schemaName !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schemaName)) throw new Error(`Not a schema name: ${schemaName}`);
    if (schemaName) {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schemaName}`);
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? defaultPoolSize, options: schemaName ? `-c search_path=${schemaName}` : undefined });
    // An idle connection that the server drops must not crash the process.
    pool.on('error', () => undefined);
    const storage = new PostgresStorage(pool);
    await storage.transaction(async (client) => {
      // Several servers starting on one database migrate it once, one after the other (migrations.ts).
      await client.query('SELECT pg_advisory_xact_lock(7262311)');
      await client.query(schemaVersionTable);
      const held = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
      for (const migration of pendingMigrations(held.rows[0]?.version ?? 0)) {
        await client.query(migration.up(postgresDialect));
        await client.query('INSERT INTO schema_version (version, description, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.description, new Date().toISOString()]);
      }
    });
    return storage;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async createWorkspace(name: string, at: string): Promise<Workspace> {
    const id = randomUUID();
    await this.pool.query('INSERT INTO workspaces (id, name, created_at) VALUES ($1, $2, $3)', [id, name, at]);
    return { id, name, createdAt: at };
  }

  async findWorkspace(idOrName: string): Promise<Workspace | null> {
    const result = await this.pool.query<WorkspaceRow>('SELECT * FROM workspaces WHERE id = $1 OR name = $1', [idOrName]);
    return result.rows[0] ? toWorkspace(result.rows[0]) : null;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    return (await this.pool.query<WorkspaceRow>('SELECT * FROM workspaces ORDER BY name')).rows.map(toWorkspace);
  }

  async addEnrolmentCode(workspaceId: string, codeHash: string, expiresAt: string, at: string, grant: Grant = defaultGrant): Promise<void> {
    await this.pool.query('INSERT INTO enrolment_codes (code_hash, workspace_id, created_at, expires_at, role, unit_id) VALUES ($1, $2, $3, $4, $5, $6)', [codeHash, workspaceId, at, expiresAt, grant.role, grant.unitId]);
  }

  enrol(codeHash: string, device: EnrollingDevice, at: string): Promise<EnrolResult> {
    const restoredFrom = device.restoredFrom ?? [];
    return this.transaction(async (client): Promise<EnrolResult> => {
      const code = await client.query<{ workspace_id: string; role: string; unit_id: string | null }>(
        'SELECT workspace_id, role, unit_id FROM enrolment_codes WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 FOR UPDATE',
        [codeHash, at],
      );
      const workspaceId = code.rows[0]?.workspace_id;
      if (!workspaceId) return { refused: 'code-invalid' };
      const { role, unit_id: unitId } = code.rows[0] as { role: string; unit_id: string | null };
      const existing = await client.query<{ workspace_id: string; revoked_at: string | null }>('SELECT workspace_id, revoked_at FROM devices WHERE id = $1 FOR UPDATE', [device.id]);
      const existingWorkspace = existing.rows[0]?.workspace_id;
      if (existingWorkspace && existingWorkspace !== workspaceId) return { refused: 'other-workspace' };
      if (existingWorkspace && existing.rows[0]?.revoked_at === null) return { refused: 'device-active' };
      if ((await client.query('SELECT 1 FROM device_lineage WHERE restored_from = $1', [device.id])).rowCount) return { refused: 'device-active' };
      const known = await client.query<KnownDevice>('SELECT id, workspace_id, revoked_at FROM devices WHERE id = ANY($1::text[])', [restoredFrom]);
      if (!lineageAllowed(device.id, workspaceId, restoredFrom, known.rows)) return { refused: 'lineage-refused' };
      await client.query('UPDATE enrolment_codes SET used_at = $1, used_by = $2 WHERE code_hash = $3', [at, device.id, codeHash]);
      if (existingWorkspace) {
        await client.query('UPDATE devices SET name = $1, token_hash = $2, enrolled_at = $3, revoked_at = NULL, role = $5, unit_id = $6 WHERE id = $4', [device.name, device.tokenHash, at, device.id, role, unitId]);
      } else {
        await client.query('INSERT INTO devices (id, workspace_id, name, token_hash, enrolled_at, role, unit_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [device.id, workspaceId, device.name, device.tokenHash, at, role, unitId]);
      }
      for (const id of restoredFrom) {
        await client.query('INSERT INTO device_lineage (device_id, restored_from, workspace_id, declared_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [device.id, id, workspaceId, at]);
      }
      const workspace = await client.query<WorkspaceRow>('SELECT * FROM workspaces WHERE id = $1', [workspaceId]);
      return { workspace: toWorkspace(workspace.rows[0] as WorkspaceRow) };
    });
  }

  async authorsFor(deviceId: string): Promise<string[]> {
    // A restore of a restore carries both backups' devices.
    const result = await this.pool.query<{ id: string }>(
      `WITH RECURSIVE carried(id) AS (SELECT $1::text UNION SELECT l.restored_from FROM device_lineage l JOIN carried c ON l.device_id = c.id) SELECT id FROM carried LIMIT 100`,
      [deviceId],
    );
    return [deviceId, ...result.rows.map((row) => row.id).filter((id) => id !== deviceId)];
  }

  async deviceByTokenHash(tokenHash: string): Promise<Device | null> {
    const result = await this.pool.query<DeviceRow>('SELECT * FROM devices WHERE token_hash = $1', [tokenHash]);
    return result.rows[0] ? toDevice(result.rows[0]) : null;
  }

  async listDevices(workspaceId: string): Promise<Device[]> {
    return (await this.pool.query<DeviceRow>('SELECT * FROM devices WHERE workspace_id = $1 ORDER BY enrolled_at', [workspaceId])).rows.map(toDevice);
  }

  async revokeDevice(deviceId: string, at: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE devices SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2', [at, deviceId]);
    return (result.rowCount ?? 0) > 0;
  }

  async touchDevice(deviceId: string, at: string): Promise<void> {
    await this.pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [at, deviceId]);
  }

  append(workspaceId: string, ops: WireOp[], at: string): Promise<AppendResult> {
    return this.transaction(async (client): Promise<AppendResult> => {
      // The workspace row stays locked until commit: pushes to one workspace take their sequence
      // numbers one after another and commit in that order, so a pull never skips a number that
      // a slower transaction commits later. The lock is its own statement (a statement that waits
      // for it would read what it saw before), and what it holds is three more round trips: one
      // read, one write, the commit (issue 13.7: 200 devices pushing at once queued behind seven).
      const locked = await client.query<{ seq: string }>('SELECT seq FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
      const row = locked.rows[0];
      if (!row) throw new Error(`No workspace ${workspaceId}`);
      const unique = uniqueOps(ops);
      const read = await client.query<{ known: string[]; current: [string, string, string, string, string][] }>(
        `SELECT (SELECT coalesce(array_agg(op_id), '{}') FROM ops WHERE workspace_id = $1 AND op_id = ANY($2::text[])) AS known,
                (SELECT coalesce(json_agg(json_build_array(s.tbl, s.row_id, s.field, s.value, s.hlc)), '[]') FROM state s
                   JOIN unnest($3::text[], $4::text[], $5::text[]) AS k(tbl, row_id, field) USING (tbl, row_id, field)
                  WHERE s.workspace_id = $1) AS current`,
        [workspaceId, unique.map((op) => op.opId), unique.map((op) => op.table), unique.map((op) => op.rowId), unique.map((op) => op.field)],
      );
      const seen = new Set(read.rows[0]?.known ?? []);
      const fresh = unique.filter((op) => !seen.has(op.opId));
      const current = new Map<string, FieldState>();
      for (const [tbl, rowId, field, value, hlc] of read.rows[0]?.current ?? []) current.set(fieldKey(tbl, rowId, field), { value: JSON.parse(value) as unknown, hlc });
      const winners = planMerge(fresh, current);
      const seq = Number(row.seq) + fresh.length;
      if (fresh.length > 0) {
        // The log, the merged fields and the workspace's number in one statement.
        await client.query(
          `WITH logged AS (
             INSERT INTO ops (workspace_id, seq, op_id, device_id, tbl, row_id, field, value, hlc, received_at)
             SELECT $1, $2::bigint + ord, op_id, device_id, tbl, row_id, field, value, hlc, $3
             FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) WITH ORDINALITY
               AS t(op_id, device_id, tbl, row_id, field, value, hlc, ord)),
           merged AS (
             INSERT INTO state (workspace_id, tbl, row_id, field, value, hlc)
             SELECT $1, * FROM unnest($11::text[], $12::text[], $13::text[], $14::text[], $15::text[])
             ON CONFLICT (workspace_id, tbl, row_id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc)
           UPDATE workspaces SET seq = $2::bigint + $16::bigint WHERE id = $1`,
          [
            workspaceId, Number(row.seq), at,
            fresh.map((op) => op.opId), fresh.map((op) => op.deviceId), fresh.map((op) => op.table), fresh.map((op) => op.rowId),
            fresh.map((op) => op.field), fresh.map((op) => JSON.stringify(op.value ?? null)), fresh.map((op) => op.hlc),
            winners.map((w) => w.table), winners.map((w) => w.rowId), winners.map((w) => w.field), winners.map((w) => JSON.stringify(w.value)), winners.map((w) => w.hlc),
            fresh.length,
          ],
        );
      }
      // Only a batch that sets a document number looks for another record holding it, after the write.
      for (const winner of winners) {
        if (!isUniqueField(winner.table, winner.field) || typeof winner.value !== 'string' || winner.value === '') continue;
        const value = JSON.stringify(winner.value);
        const holders = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM state WHERE workspace_id = $1 AND tbl = $2 AND field = $3 AND value = $4 AND (${uniqueCondition})`,
          [workspaceId, winner.table, winner.field, value],
        );
        if (Number(holders.rows[0]?.n ?? 0) > 1) {
          await client.query('INSERT INTO collisions (workspace_id, tbl, field, value, detected_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [workspaceId, winner.table, winner.field, value, at]);
        }
      }
      return { accepted: fresh.length, duplicates: ops.length - fresh.length, serverSeq: seq };
    });
  }

  async pull(workspaceId: string, after: number, limit: number): Promise<PullPage> {
    const page = await this.pullRows(workspaceId, after, limit);
    return { ops: page.rows.map(toLoggedOp), hasMore: page.hasMore, serverSeq: page.serverSeq };
  }

  async pullRows(workspaceId: string, after: number, limit: number): Promise<RawPullPage> {
    const workspace = await this.pool.query<{ seq: string }>('SELECT seq FROM workspaces WHERE id = $1', [workspaceId]);
    // seq is a BIGINT, which pg hands over as text: cast it here, once, to a JS number.
    const rows = await this.pool.query<OpRow>(
      'SELECT seq::float8 AS seq, op_id, device_id, tbl, row_id, field, value, hlc FROM ops WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [workspaceId, after, limit + pageSlack],
    );
    return cutPage(rows.rows, limit, Number(workspace.rows[0]?.seq ?? 0));
  }

  async collisions(workspaceId: string): Promise<NumberCollision[]> {
    const recorded = await this.pool.query<{ tbl: string; field: string; value: string; detected_at: string }>(
      'SELECT tbl, field, value, detected_at FROM collisions WHERE workspace_id = $1 ORDER BY detected_at',
      [workspaceId],
    );
    const found: NumberCollision[] = [];
    for (const collision of recorded.rows) {
      const holders = await this.pool.query<{ row_id: string }>(
        `SELECT row_id FROM state WHERE workspace_id = $1 AND tbl = $2 AND field = $3 AND value = $4 AND (${uniqueCondition}) ORDER BY row_id`,
        [workspaceId, collision.tbl, collision.field, collision.value],
      );
      if (holders.rows.length < 2) continue;
      found.push({ table: collision.tbl, field: collision.field, value: JSON.parse(collision.value) as string, rowIds: holders.rows.map((holder) => holder.row_id), detectedAt: collision.detected_at });
    }
    return found;
  }

  async setDeviceGrant(deviceId: string, grant: Grant): Promise<boolean> {
    const result = await this.pool.query('UPDATE devices SET role = $1, unit_id = $2 WHERE id = $3', [grant.role, grant.unitId, deviceId]);
    return (result.rowCount ?? 0) > 0;
  }

  async recordState(workspaceId: string, table: string, rowIds: readonly string[]): Promise<StateField[]> {
    const rows = await this.pool.query<{ row_id: string; field: string; value: string; hlc: string }>(
      'SELECT row_id, field, value, hlc FROM state WHERE workspace_id = $1 AND tbl = $2 AND row_id = ANY($3::text[])',
      [workspaceId, table, [...rowIds]],
    );
    return rows.rows.map((row) => ({ table, rowId: row.row_id, field: row.field, value: JSON.parse(row.value) as unknown, hlc: row.hlc }));
  }

  async state(workspaceId: string): Promise<StateField[]> {
    const rows = await this.pool.query<{ tbl: string; row_id: string; field: string; value: string; hlc: string }>(
      'SELECT tbl, row_id, field, value, hlc FROM state WHERE workspace_id = $1 ORDER BY tbl, row_id, field',
      [workspaceId],
    );
    return rows.rows.map((row) => ({ table: row.tbl, rowId: row.row_id, field: row.field, value: JSON.parse(row.value) as unknown, hlc: row.hlc }));
  }

  async attachment(workspaceId: string, sha256: string): Promise<AttachmentRecord | null> {
    const result = await this.pool.query<{ name: string; mime_type: string; size: string; received: number; complete: boolean }>(
      'SELECT name, mime_type, size, length(bytes) AS received, complete FROM attachments WHERE workspace_id = $1 AND sha256 = $2',
      [workspaceId, sha256],
    );
    const row = result.rows[0];
    return row ? { name: row.name, mimeType: row.mime_type, size: Number(row.size), received: row.received, complete: row.complete } : null;
  }

  appendAttachment(workspaceId: string, sha256: string, meta: AttachmentMeta, offset: number, chunk: Uint8Array): Promise<AttachmentRecord | 'offset-mismatch'> {
    return this.transaction(async (client): Promise<AttachmentRecord | 'offset-mismatch'> => {
      const result = await client.query<{ received: number; complete: boolean }>(
        'SELECT length(bytes) AS received, complete FROM attachments WHERE workspace_id = $1 AND sha256 = $2 FOR UPDATE',
        [workspaceId, sha256],
      );
      const row = result.rows[0];
      if (row?.complete) return { ...meta, received: row.received, complete: true };
      const held = row?.received ?? 0;
      if (offset !== held) return 'offset-mismatch';
      if (row) {
        await client.query('UPDATE attachments SET bytes = bytes || $3 WHERE workspace_id = $1 AND sha256 = $2', [workspaceId, sha256, Buffer.from(chunk)]);
      } else {
        await client.query('INSERT INTO attachments (workspace_id, sha256, name, mime_type, size, bytes) VALUES ($1, $2, $3, $4, $5, $6)', [
          workspaceId, sha256, meta.name, meta.mimeType, meta.size, Buffer.from(chunk),
        ]);
      }
      return { ...meta, received: held + chunk.length, complete: false };
    });
  }

  async attachmentBytes(workspaceId: string, sha256: string): Promise<Uint8Array | null> {
    const result = await this.pool.query<{ bytes: Buffer }>('SELECT bytes FROM attachments WHERE workspace_id = $1 AND sha256 = $2', [workspaceId, sha256]);
    const row = result.rows[0];
    return row ? new Uint8Array(row.bytes) : null;
  }

  async markAttachmentComplete(workspaceId: string, sha256: string): Promise<void> {
    await this.pool.query('UPDATE attachments SET complete = TRUE WHERE workspace_id = $1 AND sha256 = $2', [workspaceId, sha256]);
  }

  async deleteAttachment(workspaceId: string, sha256: string): Promise<void> {
    await this.pool.query('DELETE FROM attachments WHERE workspace_id = $1 AND sha256 = $2 AND NOT complete', [workspaceId, sha256]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
