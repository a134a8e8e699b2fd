import type { AppointmentRole, MembershipRole, MembershipStatus } from './vocabulary-words';

/** A unit's membership of the target alliance, as a row gives it. */
export interface MembershipLink {
  table: 'memberships';
  values: { role: MembershipRole; joinedOn: string | null; status: MembershipStatus; representativeId?: string };
  /** The membership fields the row gives: the only ones an update may change. */
  given: ('role' | 'joinedOn' | 'status' | 'representativeId')[];
}

/** A person's post on the target alliance's expert steering committee, as a row gives it. */
export interface AppointmentLink {
  table: 'appointments';
  values: { body: 'expert-steering-committee'; role: AppointmentRole; termStart: string | null; termEnd: string | null };
  given: ('role' | 'termStart' | 'termEnd')[];
}

export type RowLink = MembershipLink | AppointmentLink;
