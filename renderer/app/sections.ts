/** The sections of the navigation, in the order a secretariat works through them. */
export const sectionIds = ['alliances', 'units', 'people', 'events', 'agreements', 'plans', 'documents', 'sync', 'settings'] as const;
export type SectionId = (typeof sectionIds)[number];

export function sectionPath(id: SectionId): string {
  return `/${id}`;
}
