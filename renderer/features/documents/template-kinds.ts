import type { DocumentTemplate } from '../../../shared/domain/documents';

export type TemplateKind = DocumentTemplate['kind'];

/** The record a document of each kind attests, and so where its recipients come from. */
export type RecipientSource = 'membership' | 'appointment' | 'agreement' | 'participant';

export function recipientSourceOf(kind: TemplateKind): RecipientSource {
  switch (kind) {
    case 'unit-licence':
    case 'custom':
      return 'membership';
    case 'appointment-letter':
      return 'appointment';
    case 'agreement-certificate':
      return 'agreement';
    case 'participation-certificate':
    case 'sign-in-sheet':
    case 'programme':
    case 'table-card':
    case 'name-badge':
      return 'participant';
  }
}

/** Whether recipients of this kind are picked as units or as people when chosen by hand. */
export function pickedBy(kind: TemplateKind): 'units' | 'people' {
  return recipientSourceOf(kind) === 'appointment' || recipientSourceOf(kind) === 'participant' ? 'people' : 'units';
}

/**
 * Whether documents of this kind are issued (numbered and registered). The event's own papers —
 * sign-in sheet, programme, table cards, badges — are printed from the event page and never numbered.
 */
export function isIssuedKind(kind: TemplateKind): boolean {
  return kind !== 'sign-in-sheet' && kind !== 'programme' && kind !== 'table-card' && kind !== 'name-badge';
}
