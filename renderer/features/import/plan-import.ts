import type { RecordInput, RecordOf } from '../../../shared/domain/tables';
import type { ImportField, ImportKind } from './import-fields';
import type { BadRow } from './row-problems';
import type { GoodRow } from './validate-rows';

/** What to do with a row that matches a record already in the registry. */
export type ExistingChoice = 'update' | 'skip';

export interface PlannedCreate<T extends ImportKind> {
  row: number;
  input: RecordInput<T>;
}

export interface PlannedUpdate<T extends ImportKind> {
  row: number;
  id: string;
  /** Only the fields the file gives that differ from the record. */
  patch: Partial<RecordInput<T>>;
}

/** A membership or appointment in the target alliance, for a record the import creates or finds. */
export interface PlannedLink {
  row: number;
  table: 'memberships' | 'appointments';
  /** A record this import creates (its place in `creates`), or one in the registry. */
  owner: { create: number } | { id: string };
  /** The link already in the registry, to update; null to create one. */
  existingId: string | null;
  /** The link's fields: all of them for a new link, the changed ones for an update. */
  values: Record<string, unknown>;
}

/** A row matching a record the file would change: which fields (the import's own, as its columns name them). */
export interface ChangedRow {
  row: number;
  label: string;
  fields: ImportField[];
}

export interface ImportPlan<T extends ImportKind> {
  table: T;
  creates: PlannedCreate<T>[];
  updates: PlannedUpdate<T>[];
  /** Rows matching a record (and its link) that the file would not change: the same. */
  unchanged: number[];
  /** Rows matching a record the file would change, left alone at the user's choice. */
  skipped: number[];
  /** Every row matching a record the file would change (updated, or skipped at the user's choice), with the fields that differ. */
  changed: ChangedRow[];
  /** Rows that match a record another row of the file already matched. */
  conflicts: BadRow[];
  links: PlannedLink[];
  /** The target alliance of the links. */
  allianceId: string | null;
}

/** The registry's links of the target alliance: who is already a member or on the committee. */
export interface ExistingLinks {
  allianceId: string | null;
  memberships: readonly RecordOf<'memberships'>[];
  appointments: readonly RecordOf<'appointments'>[];
}

export const noLinks: ExistingLinks = { allianceId: null, memberships: [], appointments: [] };

type Finder<T extends ImportKind> = (input: RecordInput<T>) => RecordOf<T> | undefined;

function firstBy<R>(records: readonly R[], key: (record: R) => string): Map<string, R> {
  const map = new Map<string, R>();
  for (const record of records) {
    const value = key(record);
    if (value !== '' && !map.has(value)) map.set(value, record);
  }
  return map;
}

/** Units are the same unit by credit code, or else by exact name. */
function unitFinder(units: readonly RecordOf<'units'>[]): Finder<'units'> {
  const byCode = firstBy(units, (unit) => unit.creditCode);
  const byName = firstBy(units, (unit) => unit.name);
  return (input) => (input.creditCode ? byCode.get(input.creditCode) : undefined) ?? byName.get(input.name);
}

/** People are the same person by exact name at the same employer: 王刚 at two schools are two people. */
function personFinder(people: readonly RecordOf<'people'>[]): Finder<'people'> {
  const byNameAndUnit = firstBy(people, (person) => `${person.name}\u0000${person.unitId ?? ''}`);
  return (input) => byNameAndUnit.get(`${input.name}\u0000${input.unitId ?? ''}`);
}

/** A person signs in to an event once: the existing participant of the same person is the same. */
function participantFinder(participants: readonly RecordOf<'participants'>[]): Finder<'participants'> {
  const byPerson = firstBy(participants, (participant) => `${participant.eventId}\u0000${participant.personId ?? ''}`);
  return (input) => byPerson.get(`${input.eventId}\u0000${input.personId ?? ''}`);
}

function finderFor<T extends ImportKind>(table: T, existing: readonly RecordOf<T>[]): Finder<T> {
  const live = existing.filter((record) => !record.deleted);
  if (table === 'units') return unitFinder(live as RecordOf<'units'>[]) as Finder<T>;
  if (table === 'people') return personFinder(live as RecordOf<'people'>[]) as Finder<T>;
  return participantFinder(live as RecordOf<'participants'>[]) as Finder<T>;
}

/** The fields of `given` whose value in `next` differs from `current`. */
function changedFields(current: Record<string, unknown>, next: Record<string, unknown>, given: readonly string[]): string[] {
  return given.filter((field) => current[field] !== next[field]);
}

/** A link's fields as the import's columns name them: an appointment's term is one column. */
function linkColumn(table: PlannedLink['table'], field: string): ImportField {
  if (table === 'memberships') return field === 'representativeId' ? 'representative' : (field as ImportField);
  return field === 'role' ? 'committeeRole' : 'term';
}

/** The existing link of each record in the target alliance, by the record's id. */
function linksByOwner(links: ExistingLinks): Map<string, RecordOf<'memberships'> | RecordOf<'appointments'>> {
  const byOwner = new Map<string, RecordOf<'memberships'> | RecordOf<'appointments'>>();
  for (const membership of links.memberships) if (!membership.deleted && membership.allianceId === links.allianceId) byOwner.set(`memberships/${membership.unitId}`, membership);
  for (const appointment of links.appointments) {
    if (!appointment.deleted && appointment.allianceId === links.allianceId && appointment.body === 'expert-steering-committee') byOwner.set(`appointments/${appointment.personId}`, appointment);
  }
  return byOwner;
}

/**
 * Sorts the good rows into records to create and records to update or leave, matching each
 * against the registry once, in memory, and plans each row's membership or appointment in the
 * target alliance. Deleted records are not matched: an import brings a unit back as a new
 * record, visible in the list, rather than updating a tombstone. A record left alone at the
 * user's choice still joins the alliance when it is not yet a member: that is what the file is for.
 */
export function planImport<T extends ImportKind>(table: T, rows: readonly GoodRow<T>[], existing: readonly RecordOf<T>[], choice: ExistingChoice, links: ExistingLinks = noLinks): ImportPlan<T> {
  const find = finderFor(table, existing);
  const existingLinks = linksByOwner(links);
  const plan: ImportPlan<T> = { table, creates: [], updates: [], unchanged: [], skipped: [], changed: [], conflicts: [], links: [], allianceId: links.allianceId };
  const matchedBy = new Map<string, number>();
  /** Plans the row's link; returns the columns in which an existing link differs from the file. */
  const planLink = (row: GoodRow<T>, owner: PlannedLink['owner']): ImportField[] => {
    if (!row.link || !links.allianceId) return [];
    const current = 'id' in owner ? existingLinks.get(`${row.link.table}/${owner.id}`) : undefined;
    const values = row.link.values as Record<string, unknown>;
    if (!current) {
      plan.links.push({ row: row.row, table: row.link.table, owner, existingId: null, values });
      return [];
    }
    const changed = changedFields(current, values, row.link.given);
    if (changed.length > 0 && choice === 'update') plan.links.push({ row: row.row, table: row.link.table, owner, existingId: current.id, values: Object.fromEntries(changed.map((field) => [field, values[field]])) });
    const table = row.link.table;
    return [...new Set(changed.map((field) => linkColumn(table, field)))];
  };

  for (const row of rows) {
    const match = find(row.input);
    if (!match) {
      plan.creates.push({ row: row.row, input: row.input });
      planLink(row, { create: plan.creates.length - 1 });
      continue;
    }
    const earlier = matchedBy.get(match.id);
    if (earlier !== undefined) {
      const name = (match as { name?: string }).name ?? row.label;
      plan.conflicts.push({ row: row.row, label: row.label, problems: [{ problem: 'same-record', field: null, cell: null, value: name, otherRow: earlier }] });
      continue;
    }
    matchedBy.set(match.id, row.row);
    const linkChanges = planLink(row, { id: match.id });
    const input = row.input as Record<string, unknown>;
    const changed = changedFields(match, input, row.given);
    if (changed.length === 0 && linkChanges.length === 0) {
      plan.unchanged.push(row.row);
      continue;
    }
    plan.changed.push({ row: row.row, label: row.label, fields: [...changed.map((field) => (field === 'unitId' ? 'unit' : field) as ImportField), ...linkChanges] });
    if (choice === 'skip') plan.skipped.push(row.row);
    else if (changed.length > 0) plan.updates.push({ row: row.row, id: match.id, patch: Object.fromEntries(changed.map((field) => [field, input[field]])) as Partial<RecordInput<T>> });
  }
  return plan;
}
