import type { Membership, Participant } from '../../shared/domain/records';
import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import type { BulkOutcome, BulkProgress } from './bulk';
import { bulkMutate, liveRecords } from './bulk';
import type { DeskDatabase } from './database';
import { db as defaultDb } from './database';
import type { Mutator } from './mutate';

/** What a bulk action did, row by row, for the message after it. */
export interface BulkCounts {
  /** Records made (memberships, participants). */
  created: number;
  /** Records changed (a role, a status, deleted or restored). */
  changed: number;
  /** Rows that already were as asked. */
  unchanged: number;
  /** Rows the action does not apply to (a deleted unit, a unit that is no member). */
  skipped: number;
}

interface Options {
  db?: DeskDatabase;
  onProgress?: BulkProgress;
}

const noCounts = (): BulkCounts => ({ created: 0, changed: 0, unchanged: 0, skipped: 0 });

export interface MembershipChoice {
  allianceId: string;
  role: Membership['role'];
  status: Membership['status'];
  joinedOn: string | null;
}

/**
 * Adds the units to an alliance in a role. A unit already a member keeps its one membership
 * there (a unit holds one per alliance), which takes the role and status chosen; its join date
 * is kept unless it had none.
 */
export function addUnitsToAlliance(unitIds: readonly string[], choice: MembershipChoice, options: Options = {}): Promise<BulkOutcome<BulkCounts>> {
  const db = options.db ?? defaultDb;
  return bulkMutate(
    unitIds.length,
    async (m, step) => {
      const counts = noCounts();
      await liveTarget(m, 'alliances', choice.allianceId);
      const units = await liveRecords(m, 'units', unitIds);
      counts.skipped = unitIds.length - units.length;
      const existing = await db.memberships.where('allianceId').equals(choice.allianceId).toArray();
      const byUnit = new Map(existing.filter((membership) => !membership.deleted).map((membership) => [membership.unitId, membership]));
      let done = counts.skipped;
      for (const unit of units) {
        const membership = byUnit.get(unit.id);
        if (!membership) {
          await m.create('memberships', { allianceId: choice.allianceId, unitId: unit.id, role: choice.role, status: choice.status, joinedOn: choice.joinedOn, representativeId: null });
          counts.created++;
        } else if (membership.role !== choice.role || membership.status !== choice.status || (!membership.joinedOn && choice.joinedOn)) {
          await m.update('memberships', membership.id, { role: choice.role, status: choice.status, joinedOn: membership.joinedOn ?? choice.joinedOn });
          counts.changed++;
        } else counts.unchanged++;
        await step(++done);
      }
      return counts;
    },
    options,
  );
}

/** Changes the role or the status (or both) of the units' memberships in one alliance; units that are no members are skipped. */
export function changeMemberships(
  unitIds: readonly string[],
  allianceId: string,
  patch: Partial<Pick<Membership, 'role' | 'status'>>,
  options: Options = {},
): Promise<BulkOutcome<BulkCounts>> {
  const db = options.db ?? defaultDb;
  return bulkMutate(
    unitIds.length,
    async (m, step) => {
      const counts = noCounts();
      await liveTarget(m, 'alliances', allianceId);
      const wanted = new Set(unitIds);
      const memberships = (await db.memberships.where('allianceId').equals(allianceId).toArray()).filter((membership) => !membership.deleted && wanted.has(membership.unitId));
      counts.skipped = unitIds.length - memberships.length;
      let done = counts.skipped;
      for (const membership of memberships) {
        if ((patch.role ?? membership.role) === membership.role && (patch.status ?? membership.status) === membership.status) counts.unchanged++;
        else {
          await m.update('memberships', membership.id, patch);
          counts.changed++;
        }
        await step(++done);
      }
      return counts;
    },
    options,
  );
}

/** Adds units or people as participants of an event, in one role; who already takes part is left as is. */
export function addParticipants(
  eventId: string,
  target: { unitIds?: readonly string[]; personIds?: readonly string[] },
  role: Participant['role'],
  options: Options = {},
): Promise<BulkOutcome<BulkCounts>> {
  const db = options.db ?? defaultDb;
  const unitIds = target.unitIds ?? [];
  const personIds = target.personIds ?? [];
  return bulkMutate(
    unitIds.length + personIds.length,
    async (m, step) => {
      const counts = noCounts();
      const event = await liveTarget(m, 'events', eventId);
      const present = new Set((await db.participants.where('eventId').equals(eventId).toArray()).filter((participant) => !participant.deleted).map((participant) => participant.personId ?? participant.unitId));
      const units = await liveRecords(m, 'units', unitIds);
      const people = await liveRecords(m, 'people', personIds);
      counts.skipped = unitIds.length - units.length + personIds.length - people.length;
      let done = counts.skipped;
      const add = async (kind: 'unitId' | 'personId', id: string): Promise<void> => {
        if (present.has(id)) counts.unchanged++;
        else {
          await m.create('participants', { allianceId: event.allianceId, eventId, personId: kind === 'personId' ? id : null, unitId: kind === 'unitId' ? id : null, role });
          counts.created++;
        }
        await step(++done);
      };
      for (const unit of units) await add('unitId', unit.id);
      for (const person of people) await add('personId', person.id);
      return counts;
    },
    options,
  );
}

/** Deletes (a tombstone) or restores the records. */
export function setManyDeleted(table: RecordTable, ids: readonly string[], deleted: boolean, options: Options = {}): Promise<BulkOutcome<BulkCounts>> {
  return bulkMutate(
    ids.length,
    async (m, step) => {
      const counts = noCounts();
      const records = await m.getMany(table, ids);
      let done = 0;
      for (const record of records) {
        if (!record) counts.skipped++;
        else if (record.deleted === deleted) counts.unchanged++;
        else {
          await m.setDeleted(table, record.id, deleted);
          counts.changed++;
        }
        await step(++done);
      }
      return counts;
    },
    options,
  );
}

/** The alliance, event … a bulk action was aimed at is gone (deleted on this desk or by a sync meanwhile). */
export class BulkTargetGoneError extends Error {
  constructor(
    readonly table: RecordTable,
    readonly id: string,
  ) {
    super(`The ${table} record ${id} is gone`);
    this.name = 'BulkTargetGoneError';
  }
}

/** The record the action is aimed at, or the error that says it is gone. */
async function liveTarget<T extends RecordTable>(m: Mutator, table: T, id: string): Promise<RecordOf<T>> {
  const [record] = await liveRecords(m, table, [id]);
  if (!record) throw new BulkTargetGoneError(table, id);
  return record;
}
