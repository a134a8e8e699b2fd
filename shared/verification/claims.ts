import type { PlaceholderValues } from '../documents/placeholders';
import type { DocumentClaims } from './document-code';

/**
 * What a document's QR says, from the same values its text is filled with: the role line of a
 * licence ({role}), or the body and post of a 聘书 ({body}{position}); the term of a 聘书.
 */
export function claimsOf(values: PlaceholderValues, number: string, issuedOn: string): DocumentClaims {
  const value = (key: keyof PlaceholderValues): string => values[key] ?? '';
  return {
    number,
    recipient: value('recipientName'),
    role: value('role') || `${value('body')}${value('position')}`,
    alliance: value('allianceName'),
    issuedOn,
    term: value('term'),
  };
}
