import { useMemo } from 'react';
import { useRecords } from '../../db/queries';

/**
 * Active member units per alliance, counted as the overview counts them: each unit once, and
 * only units that are not deleted.
 */
export function useMemberCounts(): Map<string, number> | undefined {
  const memberships = useRecords('memberships');
  const units = useRecords('units');
  return useMemo(() => {
    if (!memberships || !units) return undefined;
    const live = new Set(units.map((unit) => unit.id));
    const members = new Map<string, Set<string>>();
    for (const m of memberships) {
      if (m.status !== 'active' || !live.has(m.unitId)) continue;
      const set = members.get(m.allianceId) ?? new Set<string>();
      set.add(m.unitId);
      members.set(m.allianceId, set);
    }
    return new Map([...members].map(([allianceId, set]) => [allianceId, set.size]));
  }, [memberships, units]);
}
