import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Codes are read aloud or typed from a message: no 0/O, 1/I/L. */
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time enrolment code like `K7QM-4XPA-WN3R` (about 71 bits). */
export function newEnrolmentCode(): string {
  const groups: string[] = [];
  for (let group = 0; group < 3; group += 1) {
    let text = '';
    for (let index = 0; index < 4; index += 1) text += codeAlphabet.charAt(randomInt(codeAlphabet.length));
    groups.push(text);
  }
  return groups.join('-');
}

/** Codes are compared without case, spaces or dashes, as people type them. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes are stored: a copy of the database gives no working token or code. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
