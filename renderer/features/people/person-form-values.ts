import type { Person } from '../../../shared/domain/records';

/** What the person form edits: text as typed, and the employer's id or none. */
export type PersonFormValues = Record<Exclude<keyof Person, 'id' | 'deleted' | 'unitId'>, string> & { unitId: string | null };

export function emptyPersonValues(unitId: string | null): PersonFormValues {
  return { name: '', unitId, position: '', title: '', phone: '', email: '', expertise: '' };
}

export function personFormValues(person: Person): PersonFormValues {
  const { name, unitId, position, title, phone, email, expertise } = person;
  return { name, unitId, position, title, phone, email, expertise };
}
