/**
 * The enrolment code an admin hands out (`server:admin enrol-code`): the one-time code, then `#`
 * and the SHA-256 fingerprint of the server's TLS certificate in base64url (43 characters), e.g.
 * `K7QM-4XPA-WN3R#q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80`. The desk sends only the code to the
 * server and pins the fingerprint: a self-signed certificate is trusted because the code vouches
 * for it, so no certificate authority is needed on a school's network. A code without the part
 * after `#` (read out over the phone, or for a server whose certificate an authority issued)
 * leaves the desk to the system's certificate authorities.
 */

export interface EnrolmentCode {
  /** The one-time code, as typed. */
  code: string;
  /** The certificate's SHA-256 fingerprint as Node prints it (`AB:CD:…`, 32 pairs), or null. */
  certificateSha256: string | null;
}

const pinSeparator = '#';
/** A SHA-256 certificate fingerprint as Node's `fingerprint256` gives it. */
export const fingerprintPattern = /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/;

/** `ab:cd…`, `ABCD…` or `AB:CD…` → `AB:CD:…`; null when it is not 32 bytes of hex. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)?.join(':') ?? null;
}

function fingerprintToBase64Url(fingerprint: string): string {
  const bytes = fingerprint.split(':').map((pair) => Number.parseInt(pair, 16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToFingerprint(text: string): string | null {
  if (!/^[A-Za-z0-9_-]{43}$/.test(text)) return null;
  const binary = atob(`${text.replace(/-/g, '+').replace(/_/g, '/')}=`);
  const pairs = Array.from({ length: binary.length }, (_, index) => binary.charCodeAt(index).toString(16).toUpperCase().padStart(2, '0'));
  return pairs.length === 32 ? pairs.join(':') : null;
}

/** The code with the certificate's fingerprint attached, as the admin command prints it. */
export function enrolmentCodeWithPin(code: string, certificateSha256: string): string {
  const fingerprint = normalizeFingerprint(certificateSha256);
  if (!fingerprint) throw new Error(`not a SHA-256 fingerprint: ${certificateSha256}`);
  return `${code}${pinSeparator}${fingerprintToBase64Url(fingerprint)}`;
}

/**
 * What the user entered, split into code and pin; white space anywhere is dropped (a code copied
 * from a chat message may be broken over lines). null when the part after `#` is not a fingerprint:
 * a damaged code must not quietly fall back to trusting any certificate.
 */
export function parseEnrolmentCode(text: string): EnrolmentCode | null {
  const compact = text.replace(/\s+/g, '');
  const at = compact.indexOf(pinSeparator);
  if (at < 0) return { code: compact, certificateSha256: null };
  const certificateSha256 = base64UrlToFingerprint(compact.slice(at + 1));
  return certificateSha256 ? { code: compact.slice(0, at), certificateSha256 } : null;
}
