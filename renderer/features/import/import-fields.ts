/** What can be imported, and into which fields of the record a column can go. */
export type ImportKind = 'units' | 'people';

export const unitFields = ['name', 'shortName', 'kind', 'creditCode', 'region', 'address', 'contactName', 'contactPhone', 'contactEmail', 'website'] as const;
/** `unit` is the employer as written in the file (a name or a credit code), resolved to `unitId`. */
export const personFields = ['name', 'unit', 'position', 'title', 'phone', 'email', 'expertise'] as const;

export type UnitField = (typeof unitFields)[number];
export type PersonField = (typeof personFields)[number];
export type ImportField = UnitField | PersonField;

export const importFields: { [K in ImportKind]: readonly ImportField[] } = { units: unitFields, people: personFields };

/** Which column goes into which field; null leaves a column out. One entry per column of the sheet. */
export type ColumnMapping = (ImportField | null)[];

export function isImportKind(value: string | undefined): value is ImportKind {
  return value === 'units' || value === 'people';
}

/** Spreadsheet column letters, as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
