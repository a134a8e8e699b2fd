import { normalizeCreditCode } from '../../../shared/domain/credit-code';
import { email, looksLikePhone } from '../../../shared/domain/fields';
import type { RecordOf } from '../../../shared/domain/tables';
import type { ImportContext } from './import-context';
import { parseImportDate, parseTerm } from './import-dates';
import type { ImportField, ImportKind } from './import-fields';
import type { MembershipLink, RowLink } from './row-links';
import type { RowProblem } from './row-problems';
import { unitKindOf } from './unit-kind';
import { committeeRoleOf, membershipRoleOf, membershipStatusOf, participantRoleOf } from './vocabulary-words';

export type RowValues = Partial<Record<ImportField, string>>;
export type Report = (field: ImportField, problem: RowProblem['problem'], extra?: Partial<RowProblem>) => void;

export interface Interpreted {
  /** The record's fields, for its schema to check. */
  input: Record<string, unknown>;
  /** Fields with a value in the file. */
  given: string[];
  link: RowLink | null;
}

export interface Finders {
  unit: (text: string) => string | undefined;
  /** The live people of a name, at the unit when one is given. */
  people: (name: string, unitId: string | undefined) => RecordOf<'people'>[];
}

export function findersOf(context: ImportContext): Finders {
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const unit of context.units) {
    if (unit.deleted) continue;
    if (!byName.has(unit.name)) byName.set(unit.name, unit.id);
    if (unit.creditCode && !byCode.has(unit.creditCode)) byCode.set(unit.creditCode, unit.id);
  }
  const peopleByName = new Map<string, RecordOf<'people'>[]>();
  for (const person of context.people) {
    if (person.deleted) continue;
    const list = peopleByName.get(person.name);
    if (list) list.push(person);
    else peopleByName.set(person.name, [person]);
  }
  return {
    unit: (text) => byName.get(text) ?? byCode.get(normalizeCreditCode(text)),
    people: (name, unitId) => (peopleByName.get(name) ?? []).filter((person) => unitId === undefined || person.unitId === unitId),
  };
}

/** A phone cell that is not a number is kept as the office wrote it, with a word in the preview. */
function keepPhone(values: RowValues, field: 'contactPhone' | 'phone', warn: Report): void {
  const text = values[field];
  if (text !== undefined && !looksLikePhone(text)) warn(field, 'phone-kept', { value: text });
}

/** The values without the fields named: those that are not fields of the record itself. */
function without(values: RowValues, fields: readonly ImportField[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([field]) => !fields.includes(field as ImportField)));
}

/** An e-mail cell that is not an address cannot be kept in an e-mail field: the row is, without it. Gives the fields to leave out. */
function badEmail(values: RowValues, field: 'contactEmail' | 'email', warn: Report): ImportField[] {
  const text = values[field];
  if (text === undefined || email.safeParse(text).success) return [];
  warn(field, 'email-left-out', { value: text });
  return [field];
}

/**
 * 姓名（单位）: a representative who works at another unit, as the export writes them. Unit names
 * hold brackets of their own (丽水市（莲都区）职业技术学校), so each opening bracket is tried in turn.
 */
function atOtherUnit(text: string, finders: Finders): RecordOf<'people'>[] {
  if (!/[）)]$/u.test(text)) return [];
  for (let index = 1; index < text.length - 1; index++) {
    if (text[index] !== '（' && text[index] !== '(') continue;
    const unitId = finders.unit(text.slice(index + 1, -1).trim());
    const people = unitId ? finders.people(text.slice(0, index).trim(), unitId) : [];
    if (people.length > 0) return people;
  }
  return [];
}

/**
 * The unit's representative, by name: a person registered at the unit (found by its credit code
 * or name) or at no unit, or, written 姓名（单位）, at the unit named. One who is not (yet)
 * registered leaves the row as it is, with a word: import the people, then the list again, and
 * the preview shows the representative as a change.
 */
function representativeOf(values: RowValues, finders: Finders, warn: Report): string | undefined {
  const text = values.representative;
  if (text === undefined) return undefined;
  const unitId = (values.creditCode === undefined ? undefined : finders.unit(values.creditCode)) ?? (values.name === undefined ? undefined : finders.unit(values.name));
  const atUnit = unitId === undefined ? [] : finders.people(text, unitId);
  const here = atUnit.length > 0 ? atUnit : finders.people(text, undefined).filter((person) => person.unitId === null);
  const matches = here.length > 0 ? here : atOtherUnit(text, finders);
  if (matches.length === 1) return matches[0]?.id;
  warn('representative', matches.length === 0 ? 'representative-not-found' : 'representative-ambiguous', { value: text });
  return undefined;
}

function unitRow(values: RowValues, context: ImportContext, finders: Finders, report: Report, warn: Report): Interpreted {
  keepPhone(values, 'contactPhone', warn);
  const input = without(values, ['role', 'joinedOn', 'status', 'representative', ...badEmail(values, 'contactEmail', warn)]);
  if (values.kind !== undefined) {
    const kind = unitKindOf(values.kind);
    if (kind) input.kind = kind;
    else report('kind', 'unknown-kind', { value: values.kind });
  }
  const given = Object.keys(input);
  // A unit whose kind the file does not say is recorded as 其他; the user can sort it out later.
  if (input.kind === undefined) input.kind = 'other';

  const role = values.role === undefined ? 'member-unit' : membershipRoleOf(values.role);
  if (!role) report('role', 'unknown-role', { value: values.role });
  const joinedOn = values.joinedOn === undefined ? null : parseImportDate(values.joinedOn);
  if (joinedOn === undefined) report('joinedOn', 'invalid-date', { value: values.joinedOn });
  const status = values.status === undefined ? 'active' : membershipStatusOf(values.status);
  if (!status) report('status', 'unknown-status', { value: values.status });
  const linkGiven: MembershipLink['given'] = [];
  if (values.role !== undefined) linkGiven.push('role');
  if (values.joinedOn !== undefined) linkGiven.push('joinedOn');
  if (values.status !== undefined) linkGiven.push('status');
  const representativeId = context.allianceId ? representativeOf(values, finders, warn) : undefined;
  if (representativeId) linkGiven.push('representativeId');
  // Every unit of a list imported into an alliance is its member: a blank role is 成员单位.
  const link: RowLink | null =
    context.allianceId && role && joinedOn !== undefined && status
      ? {
          table: 'memberships',
          values: representativeId ? { role, joinedOn, status, representativeId } : { role, joinedOn, status },
          given: linkGiven,
        }
      : null;
  return { input, given, link };
}

function personRow(values: RowValues, context: ImportContext, finders: Finders, report: Report, warn: Report): Interpreted {
  keepPhone(values, 'phone', warn);
  const input = without(values, ['unit', 'committeeRole', 'term', ...badEmail(values, 'email', warn)]);
  if (values.unit !== undefined) {
    const unitId = finders.unit(values.unit);
    if (unitId) input.unitId = unitId;
    else report('unit', 'unit-not-found', { value: values.unit });
  }
  const given = Object.keys(input);

  const role = values.committeeRole === undefined ? undefined : committeeRoleOf(values.committeeRole);
  if (values.committeeRole !== undefined && !role) report('committeeRole', 'unknown-committee-role', { value: values.committeeRole });
  const term = values.term === undefined ? undefined : parseTerm(values.term);
  if (values.term !== undefined && !term) report('term', 'invalid-term', { value: values.term });
  else if (term && term.end < term.start) report('term', 'date-order');
  else if (term && values.committeeRole === undefined) warn('term', 'term-without-post', { value: values.term });
  // People without a post are contacts, not experts: only a post makes an appointment.
  const link: RowLink | null =
    context.allianceId && role
      ? {
          table: 'appointments',
          values: { body: 'expert-steering-committee', role, termStart: term?.start ?? null, termEnd: term?.end ?? null },
          given: term ? ['role', 'termStart', 'termEnd'] : ['role'],
        }
      : null;
  return { input, given, link };
}

function participantRow(values: RowValues, context: ImportContext, finders: Finders, report: Report): Interpreted {
  const input: Record<string, unknown> = { allianceId: context.event?.allianceId, eventId: context.event?.id, unitId: null };
  let unitId: string | undefined;
  if (values.unit !== undefined) {
    unitId = finders.unit(values.unit);
    if (!unitId) report('unit', 'unit-not-found', { value: values.unit });
  }
  if (values.name !== undefined && (values.unit === undefined || unitId)) {
    const matches = finders.people(values.name, unitId);
    if (matches.length === 1) input.personId = matches[0]?.id;
    else report('name', matches.length === 0 ? 'person-not-found' : 'person-ambiguous', { value: values.name });
  } else if (values.name === undefined) report('name', 'required');
  const role = values.role === undefined ? 'representative' : participantRoleOf(values.role);
  if (role) input.role = role;
  else report('role', 'unknown-participant-role', { value: values.role });
  return { input, given: values.role === undefined ? [] : ['role'], link: null };
}

/** A row's values as the record (and the link to the target) they make, each problem reported. */
export function interpretRow(kind: ImportKind, values: RowValues, context: ImportContext, finders: Finders, report: Report, warn: Report): Interpreted {
  if (kind === 'units') return unitRow(values, context, finders, report, warn);
  if (kind === 'people') return personRow(values, context, finders, report, warn);
  return participantRow(values, context, finders, report);
}
