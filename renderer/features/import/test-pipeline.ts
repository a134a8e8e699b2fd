import type { DeskDatabase } from '../../db/database';
import { applyImport } from './apply-import';
import { locateHeader } from './guess-columns';
import type { ImportContext } from './import-context';
import type { ImportKind } from './import-fields';
import { planImport } from './plan-import';
import type { ExistingChoice } from './plan-import';
import { readImportFile } from './read-file';
import { validateRows } from './validate-rows';

/** Test helper: the whole pipeline, as the screen runs it, on a file's bytes, into the alliance (or event) given. */
export async function importFile(db: DeskDatabase, kind: ImportKind, bytes: Uint8Array, fileName: string, target: Pick<ImportContext, 'allianceId' | 'event'>, choice: ExistingChoice = 'skip') {
  const located = locateHeader(await readImportFile(bytes, fileName), kind, fileName);
  const context: ImportContext = { units: await db.units.toArray(), people: await db.people.toArray(), ...target };
  const validated = validateRows(kind, located.dataRows, located.guess, context);
  const existing = await db.table(kind).toArray();
  const plan = planImport(kind, validated.good, existing, choice, { allianceId: target.allianceId, memberships: await db.memberships.toArray(), appointments: await db.appointments.toArray() });
  return { located, validated, plan, outcome: await applyImport(plan, db) };
}
