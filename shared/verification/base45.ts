/**
 * Base45 (RFC 9285): bytes as the 45 characters of QR alphanumeric mode, so a binary payload
 * fills a QR code at 5.5 bits a character instead of 8 in byte mode. Written here, not pulled in:
 * it is this page, and the npm packages for it are small and little used.
 */
export const base45Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const valueOf = new Map(Array.from({ length: base45Alphabet.length }, (_, index) => [base45Alphabet.charAt(index), index]));

export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    let n = (bytes[index] ?? 0) * 256 + (bytes[index + 1] ?? 0);
    for (let digit = 0; digit < 3; digit += 1) {
      out += base45Alphabet.charAt(n % 45);
      n = Math.floor(n / 45);
    }
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] ?? 0;
    out += base45Alphabet.charAt(n % 45) + base45Alphabet.charAt(Math.floor(n / 45));
  }
  return out;
}

/** The bytes of a base45 text, or null when it is not one (a character outside the alphabet, a bad length or value). */
export function decodeBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out: number[] = [];
  for (let index = 0; index < text.length; index += 3) {
    const chunk = text.slice(index, index + 3);
    let n = 0;
    for (let digit = chunk.length - 1; digit >= 0; digit -= 1) {
      const value = valueOf.get(chunk[digit] ?? '');
      if (value === undefined) return null;
      n = n * 45 + value;
    }
    if (chunk.length === 3) {
      if (n > 0xffff) return null;
      out.push(n >> 8, n & 0xff);
    } else {
      if (n > 0xff) return null;
      out.push(n);
    }
  }
  return Uint8Array.from(out);
}
