import type { RecordInput, RecordOf, RecordTable } from '../../shared/domain/tables';
import { recordTables } from '../../shared/domain/tables';
import type { DeskDatabase } from '../db/database';
import { db as defaultDb } from '../db/database';
import type { Mutator } from '../db/mutate';
import { mutate } from '../db/mutate';
import { writeSetting } from '../db/settings';
import type { SampleAlliance } from './sample-alliance';
import { seedReports } from './seed-reports';

export interface SampleLoadResult {
  /** Names of the alliances created by this load. */
  loaded: string[];
  /** Names of the alliances left alone because an alliance of that name was already there. */
  skipped: string[];
  /** How many records of each table this load created. */
  created: Record<RecordTable, number>;
}

/**
 * Loads the sample alliances in ONE mutation, so that a failure leaves the database as it was,
 * and answers the first-run offer in the same transaction. An alliance whose name is already
 * taken (deleted or not: a deleted one is restored, not loaded again) is skipped, so loading twice
 * never duplicates; a unit of the same name as a live one is reused rather than made twice.
 */
export function loadSampleData(db: DeskDatabase = defaultDb, samples: readonly SampleAlliance[] = seedReports): Promise<SampleLoadResult> {
  return mutate(async (m) => {
    const result: SampleLoadResult = { loaded: [], skipped: [], created: Object.fromEntries(recordTables.map((table) => [table, 0])) as Record<RecordTable, number> };
    const create = async <T extends RecordTable>(table: T, input: RecordInput<T>): Promise<RecordOf<T>> => {
      const record = await m.create(table, input);
      result.created[table] += 1;
      return record;
    };
    // Reads inside the mutation's transaction see what is committed, not what this load queued.
    const unitIdsByName = new Map<string, string>();
    for (const sample of samples) {
      if ((await db.alliances.where('name').equals(sample.alliance.name).count()) > 0) {
        result.skipped.push(sample.alliance.name);
        continue;
      }
      await loadAlliance(db, create, sample, unitIdsByName);
      result.loaded.push(sample.alliance.name);
    }
    await writeSetting('sampleData', 'loaded', db);
    return result;
  }, db);
}

type Create = Mutator['create'];

function idOf(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Sample data refers to an undescribed ${what}: ${key}`);
  return id;
}

async function loadAlliance(db: DeskDatabase, create: Create, sample: SampleAlliance, unitIdsByName: Map<string, string>): Promise<void> {
  const allianceId = (await create('alliances', sample.alliance)).id;

  const units = new Map<string, string>();
  for (const [key, unit] of Object.entries(sample.units)) {
    let id = unitIdsByName.get(unit.name);
    if (id === undefined) {
      const existing = await db.units.where('name').equals(unit.name).filter((row) => !row.deleted).first();
      id = existing?.id ?? (await create('units', unit)).id;
      unitIdsByName.set(unit.name, id);
    }
    units.set(key, id);
  }

  const people = new Map<string, string>();
  for (const [key, { unit, ...person }] of Object.entries(sample.people)) {
    people.set(key, (await create('people', { ...person, unitId: unit === undefined ? null : idOf(units, unit, 'unit') })).id);
  }

  for (const { unit, representative, ...membership } of sample.memberships) {
    await create('memberships', {
      ...membership,
      allianceId,
      unitId: idOf(units, unit, 'unit'),
      representativeId: representative === undefined ? null : idOf(people, representative, 'person'),
    });
  }

  for (const { person, ...appointment } of sample.appointments) {
    await create('appointments', { ...appointment, allianceId, personId: idOf(people, person, 'person') });
  }

  const events = new Map<string, string>();
  for (const [key, { host, ...event }] of Object.entries(sample.events)) {
    events.set(key, (await create('events', { ...event, allianceId, hostUnitId: host === undefined ? null : idOf(units, host, 'unit') })).id);
  }

  for (const { event, person, unit, ...participant } of sample.participants) {
    await create('participants', {
      ...participant,
      allianceId,
      eventId: idOf(events, event, 'event'),
      personId: person === undefined ? null : idOf(people, person, 'person'),
      unitId: unit === undefined ? null : idOf(units, unit, 'unit'),
    });
  }

  for (const { parties, signatories, event, ...agreement } of sample.agreements) {
    await create('agreements', {
      ...agreement,
      allianceId,
      partyUnitIds: parties.map((unit) => idOf(units, unit, 'unit')),
      signatoryIds: signatories.map((person) => idOf(people, person, 'person')),
      eventId: event === undefined ? null : idOf(events, event, 'event'),
    });
  }
}
