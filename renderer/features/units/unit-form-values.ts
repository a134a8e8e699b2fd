import type { Unit } from '../../../shared/domain/records';
import type { RecordInput } from '../../../shared/domain/tables';

/** What the unit form edits: text as typed, and no kind until one is chosen. */
export type UnitFormValues = Record<Exclude<keyof Unit, 'id' | 'deleted' | 'kind'>, string> & { kind: Unit['kind'] | '' };

/** Frozen: every new-unit form starts from it, so nothing may write into it (a form copies before it changes a value). */
export const emptyUnitValues: Readonly<UnitFormValues> = Object.freeze({
  name: '',
  shortName: '',
  kind: '',
  creditCode: '',
  region: '',
  address: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  website: '',
});

export function unitFormValues(unit: Unit): UnitFormValues {
  const { name, shortName, kind, creditCode, region, address, contactName, contactPhone, contactEmail, website } = unit;
  return { name, shortName, kind, creditCode, region, address, contactName, contactPhone, contactEmail, website };
}

export function unitInput(values: UnitFormValues): RecordInput<'units'> {
  // An unchosen kind goes to the data layer as it is, which refuses it and names the field.
  return { ...values, kind: values.kind as Unit['kind'] };
}
