import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base45', () => {
  it('encodes and decodes the examples of RFC 9285', () => {
    expect(encodeBase45(bytes('AB'))).toBe('BB8');
    expect(encodeBase45(bytes('Hello!!'))).toBe('%69 VD92EX0');
    expect(encodeBase45(bytes('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(decodeBase45('QED8WEX0') ?? undefined)).toBe('ietf!');
  });

  it('round-trips every byte value and odd lengths', () => {
    const all = Uint8Array.from({ length: 257 }, (_, index) => (index * 7) % 256);
    expect(decodeBase45(encodeBase45(all))).toEqual(all);
    expect(decodeBase45(encodeBase45(Uint8Array.of(255, 255)))).toEqual(Uint8Array.of(255, 255));
  });

  it('refuses what is not base45', () => {
    expect(decodeBase45('GGW')).toBeNull(); // 65535 + 1
    expect(decodeBase45('ab8')).toBeNull(); // lowercase is outside the alphabet
    expect(decodeBase45('BB8B')).toBeNull(); // a length of 3n + 1
  });
});
