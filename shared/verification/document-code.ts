import { ed25519 } from '@noble/curves/ed25519.js';
import { decodeBase45, encodeBase45 } from './base45';

/**
 * What a signed QR code says about an issued document: the same things its text says, so whoever
 * scans it can compare the two. `role` is the role of a licence (理事单位) or the post of a 聘书
 * (专家指导委员会委员); `term` is empty when the document has none.
 */
export interface DocumentClaims {
  number: string;
  recipient: string;
  role: string;
  alliance: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  term: string;
}

/** The claims as signed: with the id of the alliance key that signed them. */
export interface SignedDocument extends DocumentClaims {
  /** 16 hex digits: the first 8 bytes of the SHA-256 of the raw public key. */
  keyId: string;
}

/** A key of the alliance, as the alliance record lists it (public half only). */
export interface PublicSigningKey {
  keyId: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}

/** The first byte of every code: a later layout gets another, and old codes still read. */
const formatVersion = 1;
/** Signed before the body, so a signature over a document code is never one over anything else (the revocation list). */
const documentContext = new TextEncoder().encode('alliance-desk/document/1');
const signatureLength = 64;
const keyIdLength = 8;
const dayMs = 86_400_000;

const utf8 = new TextEncoder();

/**
 * A text as the fewer bytes of UTF-8 and UTF-16: Chinese takes 2 bytes a character in UTF-16
 * against 3 in UTF-8, a third less code on a 聘书; a number such as LM-2025-001 stays 1 a character.
 * The length's lowest bit says which.
 */
function pushText(out: number[], text: string): void {
  const asUtf8 = utf8.encode(text);
  const useUtf16 = text.length * 2 < asUtf8.length;
  const bytes = useUtf16 ? utf16(text) : asUtf8;
  pushVarint(out, bytes.length * 2 + (useUtf16 ? 1 : 0));
  out.push(...bytes);
}

/** UTF-16 big-endian, code unit by code unit (a character beyond the BMP such as 𠮷 is its two surrogates). */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[index * 2] = unit >> 8;
    bytes[index * 2 + 1] = unit & 0xff;
  }
  return bytes;
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

class Reader {
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  byte(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new RangeError('short');
    this.offset += 1;
    return value;
  }
  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new RangeError('short');
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  varint(): number {
    let value = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const byte = this.byte();
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
      if (shift > 0x80 ** 3) throw new RangeError('long');
    }
  }
  text(): string {
    const header = this.varint();
    const bytes = this.take(Math.floor(header / 2));
    if (header % 2 === 0) return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (bytes.length % 2 === 1) throw new RangeError('odd');
    return String.fromCharCode(...Array.from({ length: bytes.length / 2 }, (_, index) => ((bytes[index * 2] ?? 0) << 8) | (bytes[index * 2 + 1] ?? 0)));
  }
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

/** The bytes that are signed: version, key id, day of issue, then the texts in a fixed order. */
export function documentBody(document: SignedDocument): Uint8Array {
  if (!/^[0-9a-f]{16}$/.test(document.keyId)) throw new Error(`Not a key id: ${document.keyId}`);
  const day = Date.parse(`${document.issuedOn}T00:00:00Z`) / dayMs;
  // Date.parse takes 2025-02-30 for 2 March: the day must read back as the date it was given.
  const valid = Number.isInteger(day) && day >= 0 && day <= 0xffff && new Date(day * dayMs).toISOString().slice(0, 10) === document.issuedOn;
  if (!valid) throw new Error(`Not a date of issue: ${document.issuedOn}`);
  const out: number[] = [formatVersion, ...fromHex(document.keyId), day >> 8, day & 0xff];
  for (const text of [document.number, document.recipient, document.role, document.alliance, document.term]) pushText(out, text);
  return Uint8Array.from(out);
}

function signedBytes(body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(documentContext.length + body.length);
  bytes.set(documentContext);
  bytes.set(body, documentContext.length);
  return bytes;
}

/**
 * The document's code, as the QR holds it: base45 of body + Ed25519 signature. `sign` is the
 * alliance's private key at work (in the main process); it gets the exact bytes to sign.
 */
export async function makeDocumentCode(document: SignedDocument, sign: (bytes: Uint8Array) => Promise<Uint8Array> | Uint8Array): Promise<string> {
  const body = documentBody(document);
  const signature = await sign(signedBytes(body));
  if (signature.length !== signatureLength) throw new Error('Not an Ed25519 signature');
  const all = new Uint8Array(body.length + signatureLength);
  all.set(body);
  all.set(signature, body.length);
  return encodeBase45(all);
}

/** What a code says, before anyone checked the signature; null when it is no code of ours. */
export function readDocumentCode(code: string): { document: SignedDocument; body: Uint8Array; signature: Uint8Array } | null {
  // No trim: the space is a base45 character, and a code may end in one.
  const bytes = decodeBase45(code);
  if (!bytes || bytes.length < 1 + keyIdLength + 2 + signatureLength) return null;
  const body = bytes.subarray(0, bytes.length - signatureLength);
  try {
    const reader = new Reader(body);
    if (reader.byte() !== formatVersion) return null;
    const keyId = hex(reader.take(keyIdLength));
    const day = (reader.byte() << 8) | reader.byte();
    const [number, recipient, role, alliance, term] = [reader.text(), reader.text(), reader.text(), reader.text(), reader.text()];
    if (reader.offset !== body.length) return null;
    const issuedOn = new Date(day * dayMs).toISOString().slice(0, 10);
    return { document: { keyId, number, recipient, role, alliance, issuedOn, term }, body, signature: bytes.subarray(body.length) };
  } catch {
    return null;
  }
}

/** A revoked document, as the alliance's signed revocation list names it. */
export interface Revocation {
  number: string;
  /** YYYY-MM-DD. */
  revokedOn: string;
  reason: string;
}

export type Verdict =
  | { status: 'genuine'; document: SignedDocument }
  | { status: 'revoked'; document: SignedDocument; revocation: Revocation }
  | { status: 'not-genuine'; reason: 'unreadable' | 'unknown-key' | 'bad-signature' };

const base64Bytes = (text: string): Uint8Array => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));

/** A public key that is not one (a damaged record) makes the signature fail, not the verifier. */
function signatureHolds(signature: Uint8Array, bytes: Uint8Array, publicKey: string): boolean {
  try {
    return ed25519.verify(signature, bytes, base64Bytes(publicKey));
  } catch {
    return false;
  }
}

/**
 * The verdict on a scanned code: genuine only when it reads, names a key of the alliance, and the
 * key's signature holds over every byte; a genuine document on the revocation list is revoked.
 * Pure and synchronous: the same in the desk, in a test and in the offline verification page.
 */
export function verifyDocumentCode(code: string, keys: readonly PublicSigningKey[], revocations: readonly Revocation[] = []): Verdict {
  const read = readDocumentCode(code);
  if (!read) return { status: 'not-genuine', reason: 'unreadable' };
  const key = keys.find((candidate) => candidate.keyId === read.document.keyId);
  if (!key) return { status: 'not-genuine', reason: 'unknown-key' };
  if (!signatureHolds(read.signature, signedBytes(read.body), key.publicKey)) return { status: 'not-genuine', reason: 'bad-signature' };
  const revocation = revocations.find((candidate) => candidate.number === read.document.number);
  return revocation ? { status: 'revoked', document: read.document, revocation } : { status: 'genuine', document: read.document };
}
