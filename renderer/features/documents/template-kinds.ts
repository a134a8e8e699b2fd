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
      return 'participant';
  }
}

/** Whether recipients of this kind are picked as units or as people when chosen by hand. */
export function pickedBy(kind: TemplateKind): 'units' | 'people' {
  return recipientSourceOf(kind) === 'appointment' || recipientSourceOf(kind) === 'participant' ? 'people' : 'units';
}
