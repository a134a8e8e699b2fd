import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { Appointment, Membership } from '../../../../shared/domain/records';

/** Who is called to the stage first: the consultant unit, the lead unit, the council, the members. */
const unitRank: Readonly<Record<Membership['role'], number>> = {
  'consultant-unit': 0,
  'lead-unit': 1,
  'chair-unit': 2,
  'vice-chair-unit': 3,
  'standing-council-unit': 4,
  'council-unit': 5,
  secretariat: 6,
  'member-unit': 7,
};
/** Then the experts: honorary consultants, the committee's chair and vice-chairs, then its members. */
const expertRank: Readonly<Record<Appointment['role'], number>> = { consultant: 0, chair: 1, 'vice-chair': 2, 'secretary-general': 3, member: 4 };

export interface OrderSources {
  membershipRoles: ReadonlyMap<string, Membership['role']>;
  appointmentRoles: ReadonlyMap<string, Appointment['role']>;
}

function rank(document: IssuedDocument, sources: OrderSources): number {
  const source = document.sourceId ?? '';
  if (document.kind === 'unit-licence') return unitRank[sources.membershipRoles.get(source) ?? 'member-unit'];
  if (document.kind === 'agreement-certificate') return 10;
  if (document.kind === 'appointment-letter') return 20 + expertRank[sources.appointmentRoles.get(source) ?? 'member'];
  return 30;
}

const byNumber = new Intl.Collator('zh-CN', { numeric: true });

/** The ceremony's programme order: by rank, and within a rank by document number (the order they were issued in). */
export function programmeOrder(documents: readonly IssuedDocument[], sources: OrderSources): IssuedDocument[] {
  return [...documents].sort((a, b) => rank(a, sources) - rank(b, sources) || byNumber.compare(a.number, b.number));
}

/**
 * The order the user arranged, kept per event: documents they placed keep their place, documents
 * issued since come after them in programme order, documents gone since (revoked) drop out.
 */
export function arrangedOrder(documents: readonly IssuedDocument[], sources: OrderSources, saved: readonly string[] | undefined): IssuedDocument[] {
  const programme = programmeOrder(documents, sources);
  if (!saved || saved.length === 0) return programme;
  const byId = new Map(documents.map((document) => [document.id, document]));
  const placed = saved.flatMap((id) => byId.get(id) ?? []);
  const placedIds = new Set(placed.map((document) => document.id));
  return [...placed, ...programme.filter((document) => !placedIds.has(document.id))];
}

/** Moves one id up (-1) or down (+1) in the list, staying inside it. */
export function moved(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
