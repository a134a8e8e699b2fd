import { useMemo } from 'react';
import { useRecords } from '../../db/queries';
import type { OverviewFigures } from './overview-figures';
import { overviewFigures } from './overview-figures';

/** The overview figures of one alliance, from the registry tables every screen shares in memory. */
export function useOverview(allianceId: string, today: string): OverviewFigures | undefined {
  const units = useRecords('units');
  const memberships = useRecords('memberships');
  const people = useRecords('people');
  const appointments = useRecords('appointments');
  const events = useRecords('events');
  const agreements = useRecords('agreements');
  return useMemo(() => {
    if (!units || !memberships || !people || !appointments || !events || !agreements) return undefined;
    return overviewFigures({ allianceId, today, units, memberships, people, appointments, events, agreements });
  }, [allianceId, today, units, memberships, people, appointments, events, agreements]);
}
