import { useMemo } from 'react';
import type { AnnualFigures } from '../../../shared/reports/annual-figures';
import { annualFigures } from '../../../shared/reports/annual-figures';
import { useRecords } from '../../db/queries';

/** The year's figures of one alliance, from the registry tables every screen shares in memory. */
export function useReport(allianceId: string, year: number, today: string): AnnualFigures | undefined {
  const units = useRecords('units');
  const memberships = useRecords('memberships');
  const people = useRecords('people');
  const appointments = useRecords('appointments');
  const events = useRecords('events');
  const participants = useRecords('participants');
  const agreements = useRecords('agreements');
  const issuedDocuments = useRecords('issuedDocuments');
  const actionPlans = useRecords('actionPlans');
  const planTasks = useRecords('planTasks');
  const allianceFigures = useRecords('allianceFigures');
  return useMemo(() => {
    if (!units || !memberships || !people || !appointments || !events || !participants || !agreements || !issuedDocuments || !actionPlans || !planTasks || !allianceFigures) return undefined;
    return annualFigures({ allianceId, year, today, units, memberships, people, appointments, events, participants, agreements, issuedDocuments, actionPlans, planTasks, allianceFigures });
  }, [allianceId, year, today, units, memberships, people, appointments, events, participants, agreements, issuedDocuments, actionPlans, planTasks, allianceFigures]);
}

/** The years a report can be made for: from the alliance's founding (or first event) to this year. */
export function reportYears(foundedOn: string | null, thisYear: number): number[] {
  const first = foundedOn ? Math.min(Number(foundedOn.slice(0, 4)), thisYear) : thisYear - 4;
  return Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i);
}
