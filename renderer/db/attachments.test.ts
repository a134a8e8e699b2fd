import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AttachmentError, maxAttachmentBytes, sha256Hex, sniffMimeType, storeAttachment } from './attachments';
import { freshDatabases } from './test-databases';

const freshDb = freshDatabases('desk-attachments-');

const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (extra: number[] = [1, 2, 3]): Uint8Array<ArrayBuffer> => new Uint8Array([...pngHeader, 0, 0, 0, 13, ...extra]);
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');

describe('attachments', () => {
  it('stores a photo under the SHA-256 of its bytes, with its name, type and size', async () => {
    const db = freshDb();
    const bytes = png();
    const hash = await storeAttachment(new File([bytes], '启动仪式.png', { type: 'image/png' }), db);
    expect(hash).toBe(await sha256Hex(bytes.buffer));
    const stored = await db.attachments.get(hash);
    expect(stored).toMatchObject({ sha256: hash, name: '启动仪式.png', mimeType: 'image/png', size: bytes.length });
    expect(new Uint8Array(await (stored?.bytes ?? new Blob()).arrayBuffer())).toEqual(bytes);
  });

  it('keeps the same bytes once, whatever name they come under', async () => {
    const db = freshDb();
    const first = await storeAttachment(new File([png()], 'a.png'), db);
    const second = await storeAttachment(new File([png()], 'copy of a.png'), db);
    expect(second).toBe(first);
    expect(await db.attachments.count()).toBe(1);
    expect((await db.attachments.get(first))?.name).toBe('a.png');
    await storeAttachment(new File([png([9])], 'b.png'), db);
    expect(await db.attachments.count()).toBe(2);
  });

  it('reads the type from the bytes: a PDF scan named .jpg is kept as a PDF', async () => {
    const db = freshDb();
    const hash = await storeAttachment(new File([pdf], '协议扫描件.jpg', { type: 'image/jpeg' }), db);
    expect((await db.attachments.get(hash))?.mimeType).toBe('application/pdf');
  });

  it('refuses files that are neither images nor PDF, and stores nothing', async () => {
    const db = freshDb();
    const text = new File(['名单,电话\n'], 'members.png', { type: 'image/png' });
    await expect(storeAttachment(text, db)).rejects.toMatchObject({ problem: 'unsupported-type', fileName: 'members.png' });
    await expect(storeAttachment(new File([], 'empty.png'), db)).rejects.toBeInstanceOf(AttachmentError);
    expect(await db.attachments.count()).toBe(0);
  });

  it('refuses files over 20 MB', async () => {
    const db = freshDb();
    const big = new Uint8Array(maxAttachmentBytes + 1);
    big.set(pngHeader);
    await expect(storeAttachment(new File([big], 'huge.png'), db)).rejects.toMatchObject({ problem: 'too-large' });
    expect(await db.attachments.count()).toBe(0);
  });

  it('hashes with SHA-256 (FIPS 180-2 test vector)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc').slice().buffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('recognises the image types a browser shows', () => {
    expect(sniffMimeType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMimeType(new TextEncoder().encode('GIF89a'))).toBe('image/gif');
    expect(sniffMimeType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffMimeType(new TextEncoder().encode('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
    expect(sniffMimeType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });
});
