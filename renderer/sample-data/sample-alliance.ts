import type { RecordInput } from '../../shared/domain/tables';

/**
 * One alliance of sample data as a description, not as records: units, people and events are
 * named by local keys (U, P, E) because their ids only exist once the data layer creates them.
 * The keys are type parameters taken from the `units`, `people` and `events` maps alone, so a
 * reference to anything not described there is a compile error rather than a failure at load time.
 */
export interface SampleAlliance<U extends string = string, P extends string = string, E extends string = string> {
  alliance: RecordInput<'alliances'>;
  units: Record<U, RecordInput<'units'>>;
  people: Record<P, Omit<RecordInput<'people'>, 'unitId'> & { unit?: NoInfer<U> }>;
  memberships: (Omit<RecordInput<'memberships'>, 'allianceId' | 'unitId' | 'representativeId'> & { unit: NoInfer<U>; representative?: NoInfer<P> })[];
  appointments: (Omit<RecordInput<'appointments'>, 'allianceId' | 'personId'> & { person: NoInfer<P> })[];
  events: Record<E, Omit<RecordInput<'events'>, 'allianceId' | 'hostUnitId'> & { host?: NoInfer<U> }>;
  /** A participant is a person or a unit, never both (the schema says the same). */
  participants: (Omit<RecordInput<'participants'>, 'allianceId' | 'eventId' | 'personId' | 'unitId'> & { event: NoInfer<E> } & (
      | { person: NoInfer<P>; unit?: never }
      | { unit: NoInfer<U>; person?: never }
    ))[];
  agreements: (Omit<RecordInput<'agreements'>, 'allianceId' | 'partyUnitIds' | 'signatoryIds' | 'eventId'> & {
    parties: NoInfer<U>[];
    signatories: NoInfer<P>[];
    event?: NoInfer<E>;
  })[];
}

/** Infers the keys of a description from its literal, so that its references are checked against them. */
export function sampleAlliance<U extends string, P extends string, E extends string>(sample: SampleAlliance<U, P, E>): SampleAlliance<U, P, E> {
  return sample;
}
