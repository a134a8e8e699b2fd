/**
 * Where each overview figure leads: the list filtered to exactly what the figure counts, with
 * the URL parameters every list understands (alliance, kind, role, status, body, year, expiring).
 */
function list(path: string, params: Record<string, string>): string {
  return `${path}?${new URLSearchParams(params).toString()}`;
}

export const overviewLinks = {
  memberUnits: (alliance: string) => list('/units', { alliance, status: 'active' }),
  unitsOfKind: (alliance: string, kind: string) => list('/units', { alliance, kind, status: 'active' }),
  unitsInRole: (alliance: string, role: string) => list('/units', { alliance, role, status: 'active' }),
  peopleInBody: (alliance: string, body: string) => list('/people', { alliance, body }),
  eventsOfYear: (alliance: string, year: string) => list('/events', { alliance, year }),
  eventsOfYearAndKind: (alliance: string, year: string, kind: string) => list('/events', { alliance, year, kind }),
  agreementsActive: (alliance: string) => list('/agreements', { alliance, status: 'active' }),
  agreementsExpiring: (alliance: string) => list('/agreements', { alliance, expiring: '1' }),
};
