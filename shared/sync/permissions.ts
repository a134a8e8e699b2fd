import { z } from 'zod';

/**
 * What each office may change (issue 14.1): one rule, used by the server on every pushed operation
 * (server/check-roles.ts, judged by the operation's author) and by the desk before it queues a
 * change (renderer/db/mutate.ts) and to show what it may not edit (use-can-edit).
 *
 * - `secretariat`: everything.
 * - `member-office`: its own unit (every field but deleting it), the people of its unit (also adding
 *   and deleting them, never moving one to another unit), the representative (contact person) of its
 *   unit's memberships, and the scans (attachments) of the agreements its unit is a party to.
 *   Everything else it reads only.
 * - `read-only`: nothing.
 */
export const deviceRoles = ['secretariat', 'member-office', 'read-only'] as const;
export type DeviceRole = (typeof deviceRoles)[number];
export const deviceRoleSchema = z.enum(deviceRoles);

/** A device's role and, for a member office, the unit it is the office of. */
export const grantSchema = z.object({ role: deviceRoleSchema, unitId: z.uuid().nullable() });
export type Grant = z.infer<typeof grantSchema>;

/** Devices enrolled before roles existed kept the rights they had: everything. */
export const defaultGrant: Grant = { role: 'secretariat', unitId: null };

/** Why a write is refused; the desk words it (renderer i18n), the server names it in its error. */
export type RefusalReason = 'read-only' | 'not-own-unit' | 'field-not-allowed' | 'table-not-allowed';

/** One field write as both ends see it. */
export interface FieldWrite {
  table: string;
  rowId: string;
  field: string;
  value: unknown;
}

/** A record's fields: `before` as held before the write (null for a new record), `after` with the write's change applied. */
export interface RecordView {
  before: Readonly<Record<string, unknown>> | null;
  after: Readonly<Record<string, unknown>>;
}

/** The fields of a membership a member office keeps up to date: its contact person. */
export const membershipContactFields: readonly string[] = ['representativeId'];
/** The fields of an agreement that hold its attachments. */
export const agreementAttachmentFields: readonly string[] = ['scans'];

const isOwn = (unitId: string | null, value: unknown): boolean => unitId !== null && value === unitId;

/** Null when the grant allows the write, else why not. Pure: the caller gives the record as it stands. */
export function writeRefusal(grant: Grant, write: FieldWrite, record: RecordView): RefusalReason | null {
  if (grant.role === 'secretariat') return null;
  if (grant.role === 'read-only') return 'read-only';
  const { before, after } = record;
  switch (write.table) {
    case 'units':
      if (write.rowId !== grant.unitId) return 'not-own-unit';
      return write.field === 'deleted' ? 'field-not-allowed' : null;
    case 'people':
      // Its unit's people, before and after: never taken from or given to another unit.
      if (before && !isOwn(grant.unitId, before.unitId)) return 'not-own-unit';
      return isOwn(grant.unitId, after.unitId) ? null : 'not-own-unit';
    case 'memberships':
      if (!before || !isOwn(grant.unitId, before.unitId)) return 'not-own-unit';
      return membershipContactFields.includes(write.field) ? null : 'field-not-allowed';
    case 'agreements': {
      const parties = before?.partyUnitIds;
      if (!before || !Array.isArray(parties) || !parties.includes(grant.unitId)) return 'not-own-unit';
      return agreementAttachmentFields.includes(write.field) ? null : 'field-not-allowed';
    }
    default:
      return 'table-not-allowed';
  }
}

/**
 * Why a grant may change nothing of a record, or null when it may change some field of it (the
 * record forms' save button; the one write path still refuses the fields it may not change).
 */
export function editRefusal(grant: Grant, table: string, rowId: string, record: Readonly<Record<string, unknown>> | null): RefusalReason | null {
  const fields = table === 'memberships' ? membershipContactFields : table === 'agreements' ? agreementAttachmentFields : ['name'];
  const refusals = fields.map((field) => writeRefusal(grant, { table, rowId, field, value: record?.[field] }, { before: record, after: record ?? {} }));
  return refusals.includes(null) ? null : (refusals[0] ?? 'table-not-allowed');
}

/** Why a grant may not delete a record, or null. */
export function deleteRefusal(grant: Grant, table: string, rowId: string, record: Readonly<Record<string, unknown>>): RefusalReason | null {
  return writeRefusal(grant, { table, rowId, field: 'deleted', value: true }, { before: record, after: { ...record, deleted: true } });
}

/**
 * Why a grant may not create a record in a table, or null (the lists' 新建 and import buttons, a new
 * record's form). A member office creates only people, of its own unit (the one write path refuses
 * a person of another unit).
 */
export function createRefusal(grant: Grant, table: string): RefusalReason | null {
  return writeRefusal(grant, { table, rowId: '', field: 'name', value: null }, { before: null, after: { unitId: grant.unitId } });
}

/**
 * Why a grant may not start a list's bulk actions, or null. They change many records at once, of
 * any unit (deleting, adding to an event, issuing documents, memberships): the secretariat's work.
 */
export function bulkRefusal(grant: Grant): RefusalReason | null {
  if (grant.role === 'secretariat') return null;
  return grant.role === 'read-only' ? 'read-only' : 'table-not-allowed';
}
