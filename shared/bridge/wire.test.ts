import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from './wire';

describe('HTTP wire format', () => {
  it('carries bytes through JSON unchanged, nested anywhere', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    const decoded = decodeWire(encodeWire({ file: { bytes, name: '证书.pdf' }, list: [new Uint8Array([0, 255])] })) as {
      file: { bytes: Uint8Array; name: string };
      list: Uint8Array[];
    };
    expect(decoded.file.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(decoded.file.bytes)).toEqual(Array.from(bytes));
    expect(decoded.file.name).toBe('证书.pdf');
    expect(Array.from(decoded.list[0] ?? [])).toEqual([0, 255]);
  });

  it('leaves an object that merely has a $bytes key among others alone', () => {
    expect(decodeWire('{"$bytes":"AAE=","other":1}')).toEqual({ $bytes: 'AAE=', other: 1 });
  });
});
