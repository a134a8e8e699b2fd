/** What can be imported, and into which fields of the record a column can go. */
export type ImportKind = 'units' | 'people' | 'participants';

/**
 * `role`, `joinedOn`, `status` and `representative` (a person registered at the unit, by name)
 * are the unit's membership of the alliance the import targets.
 */
export const unitFields = ['name', 'shortName', 'kind', 'creditCode', 'region', 'address', 'contactName', 'contactPhone', 'contactEmail', 'website', 'role', 'joinedOn', 'status', 'representative'] as const;
/**
 * `unit` is the employer as written in the file (a name or a credit code), resolved to `unitId`;
 * `committeeRole` and `term` are an appointment to the alliance's expert steering committee.
 */
export const personFields = ['name', 'unit', 'position', 'title', 'phone', 'email', 'expertise', 'committeeRole', 'term'] as const;
/** A sign-in list: each name is matched to a person (at the unit, when the list gives one). */
export const participantFields = ['name', 'unit', 'role'] as const;

export type UnitField = (typeof unitFields)[number];
export type PersonField = (typeof personFields)[number];
export type ParticipantField = (typeof participantFields)[number];
export type ImportField = UnitField | PersonField | ParticipantField;

export const importFields: { [K in ImportKind]: readonly ImportField[] } = { units: unitFields, people: personFields, participants: participantFields };

/** Fields that make a link to the target (a membership, an appointment) rather than the record itself. */
export const linkFields: { [K in ImportKind]: readonly ImportField[] } = { units: ['role', 'joinedOn', 'status', 'representative'], people: ['committeeRole', 'term'], participants: [] };

/** The record table each kind of import writes. */
export const importTables = { units: 'units', people: 'people', participants: 'participants' } as const;
export type ImportTable = (typeof importTables)[ImportKind];

/** Which column goes into which field; null leaves a column out. One entry per column of the sheet. */
export type ColumnMapping = (ImportField | null)[];

export function isImportKind(value: string | undefined): value is ImportKind {
  return value === 'units' || value === 'people' || value === 'participants';
}

/** Spreadsheet column letters, as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
