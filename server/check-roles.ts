import type { Grant } from '../shared/sync/permissions';
import { writeRefusal } from '../shared/sync/permissions';
import type { WireOp } from '../shared/sync/protocol';
import { HttpError } from './errors';
import type { Device, Storage } from './storage/storage';

const reasons = {
  'read-only': 'the device is read-only',
  'not-own-unit': 'the record is not of the office’s own unit',
  'field-not-allowed': 'a member office may not change this field',
  'table-not-allowed': 'a member office may not change this table',
} as const;

/**
 * Refuses a push (the whole batch: nothing of it is stored) with an operation its author's role
 * does not allow (shared/sync/permissions.ts). An operation is judged by its author, also when the
 * pushing device relays it for another (a restored machine carries the revoked one's operations,
 * which keep that machine's role); an author the server never enrolled has the pusher's role.
 * The record a rule looks at (whose unit a person is, which units an agreement binds) is the
 * server's merged state, with the batch's own later writes to it applied.
 */
export async function checkRoles(ops: readonly WireOp[], pusher: Device, storage: Storage): Promise<void> {
  const devices = new Map((await storage.listDevices(pusher.workspaceId)).map((device) => [device.id, device.grant]));
  const grantOf = (deviceId: string): Grant => devices.get(deviceId) ?? pusher.grant;
  const judged = ops.filter((op) => grantOf(op.deviceId).role !== 'secretariat');
  if (judged.length === 0) return;
  const records = await recordsOf(judged, ops, pusher.workspaceId, storage);
  for (const [index, op] of ops.entries()) {
    const grant = grantOf(op.deviceId);
    const view = records.get(`${op.table}/${op.rowId}`) ?? { before: null, after: {} };
    const refusal = writeRefusal(grant, op, view);
    if (refusal) {
      throw new HttpError(
        403,
        'operation-not-allowed',
        `Operation ${index} (${op.opId}) of device ${op.deviceId} (${grant.role}) may not change ${op.table} ${op.rowId} field ${op.field}: ${reasons[refusal]}. Nothing of this push was stored.`,
      );
    }
  }
}

type View = { before: Record<string, unknown> | null; after: Record<string, unknown> };

/** The records the judged operations write, before and after the batch (last writer wins, as the merge). */
async function recordsOf(judged: readonly WireOp[], ops: readonly WireOp[], workspaceId: string, storage: Storage): Promise<Map<string, View>> {
  const byTable = new Map<string, Set<string>>();
  for (const op of judged) byTable.set(op.table, (byTable.get(op.table) ?? new Set()).add(op.rowId));
  const views = new Map<string, View>();
  const stamps = new Map<string, string>();
  for (const [table, rowIds] of byTable) {
    for (const field of await storage.recordState(workspaceId, table, [...rowIds])) {
      const key = `${table}/${field.rowId}`;
      const view = views.get(key) ?? { before: {}, after: {} };
      (view.before as Record<string, unknown>)[field.field] = field.value;
      view.after[field.field] = field.value;
      stamps.set(`${key}/${field.field}`, field.hlc);
      views.set(key, view);
    }
  }
  for (const op of ops) {
    const key = `${op.table}/${op.rowId}`;
    if (!byTable.get(op.table)?.has(op.rowId)) continue;
    const view = views.get(key) ?? { before: null, after: {} };
    const stamp = stamps.get(`${key}/${op.field}`);
    if (stamp === undefined || op.hlc > stamp) {
      view.after[op.field] = op.value;
      stamps.set(`${key}/${op.field}`, op.hlc);
    }
    views.set(key, view);
  }
  return views;
}
