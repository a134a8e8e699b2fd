import { ed25519 } from '@noble/curves/ed25519.js';
import type { PublicSigningKey, Revocation } from './document-code';

/**
 * The alliance's revocation list as a verification page embeds it: the revoked documents and when
 * the list was made, signed by an alliance key, so a page copied to any website still refuses a
 * list someone shortened (a revoked licence made to look genuine again).
 */
export interface SignedRevocationList {
  keyId: string;
  /** ISO time the list was made: the page says how old it is. */
  issuedAt: string;
  revocations: Revocation[];
  /** Ed25519 over revocationListBytes, base64. */
  signature: string;
}

/** Another context than a document code's: a signature over one is never taken for the other. */
const listContext = 'alliance-desk/revocations/1\n';

/** The signed bytes: the context, then the list as JSON in a fixed key order, sorted by number. */
export function revocationListBytes(list: Omit<SignedRevocationList, 'signature'>): Uint8Array {
  const revocations = [...list.revocations]
    .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0))
    .map(({ number, revokedOn, reason }) => ({ number, revokedOn, reason }));
  return new TextEncoder().encode(listContext + JSON.stringify({ keyId: list.keyId, issuedAt: list.issuedAt, revocations }));
}

const base64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));

export async function signRevocationList(
  list: Omit<SignedRevocationList, 'signature'>,
  sign: (bytes: Uint8Array) => Promise<Uint8Array> | Uint8Array,
): Promise<SignedRevocationList> {
  return { ...list, signature: base64(await sign(revocationListBytes(list))) };
}

/** The list's revocations when an alliance key signed exactly this list; null for any other. */
export function verifiedRevocations(list: SignedRevocationList, keys: readonly PublicSigningKey[]): Revocation[] | null {
  const key = keys.find((candidate) => candidate.keyId === list.keyId);
  if (!key) return null;
  try {
    return ed25519.verify(fromBase64(list.signature), revocationListBytes(list), fromBase64(key.publicKey)) ? list.revocations : null;
  } catch {
    return null;
  }
}
