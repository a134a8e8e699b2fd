import { useMemo } from 'react';
import type { RecordOf } from '../../../shared/domain/tables';
import { useRecords } from '../../db/queries';
import type { LocatedSheet } from './guess-columns';
import type { ImportContext } from './import-context';
import type { ColumnMapping, ImportKind } from './import-fields';
import type { ImportTarget } from './import-target';
import type { ExistingChoice, ImportPlan } from './plan-import';
import { planImport } from './plan-import';
import type { BadRow } from './row-problems';
import { validateRows } from './validate-rows';

export interface ImportPreview {
  plan: ImportPlan<ImportKind>;
  bad: BadRow[];
  /** Rows imported with a word about some of their cells. */
  warned: BadRow[];
}

/**
 * The preview of an import: every row checked and planned against the registry, loaded once per
 * change of the registry and matched in memory, with no read per row. Undefined while loading.
 */
export function useImportPreview(kind: ImportKind, located: LocatedSheet, mapping: ColumnMapping, target: ImportTarget, choice: ExistingChoice): ImportPreview | undefined {
  const units = useRecords('units');
  const people = useRecords('people');
  const events = useRecords('events');
  const memberships = useRecords('memberships');
  const appointments = useRecords('appointments');
  const participants = useRecords('participants');

  const context = useMemo<ImportContext | undefined>(() => {
    if (!units || !people || !events) return undefined;
    const event = target.eventId ? (events.find((each) => each.id === target.eventId) ?? null) : null;
    return { units, people, allianceId: kind === 'participants' ? (event?.allianceId ?? null) : target.allianceId, event };
  }, [kind, units, people, events, target]);
  const validated = useMemo(() => (context ? validateRows(kind, located.dataRows, mapping, context) : undefined), [kind, located, mapping, context]);

  return useMemo(() => {
    if (!validated || !context || !memberships || !appointments || !participants) return undefined;
    const existing: readonly RecordOf<ImportKind>[] =
      kind === 'units' ? (units ?? []) : kind === 'people' ? (people ?? []) : participants.filter((participant) => participant.eventId === context.event?.id);
    const links = { allianceId: kind === 'participants' ? null : context.allianceId, memberships, appointments };
    const plan = planImport(kind, validated.good, existing, choice, links);
    const bad = [...validated.bad, ...plan.conflicts].sort((a, b) => a.row - b.row);
    const conflicted = new Set(plan.conflicts.map((conflict) => conflict.row));
    const warned = validated.good.filter((row) => row.warnings.length > 0 && !conflicted.has(row.row)).map((row) => ({ row: row.row, label: row.label, problems: row.warnings }));
    return { plan, bad, warned };
  }, [kind, validated, context, units, people, memberships, appointments, participants, choice]);
}
