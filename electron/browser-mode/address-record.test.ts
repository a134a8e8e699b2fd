import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressFileName, addressNote, readAddressUses, registryElsewhere, withAddressUse, writeAddressUses } from './address-record';

describe('the address note', () => {
  const first = new Date('2026-12-01T08:00:00.000Z');
  const later = new Date('2026-12-03T09:30:00.000Z');

  it('says nothing on a first start or on the address used last time', () => {
    expect(registryElsewhere([], 'http://127.0.0.1:17440')).toBeUndefined();
    expect(registryElsewhere(withAddressUse([], 'http://127.0.0.1:17440', first), 'http://127.0.0.1:17440')).toBeUndefined();
  });

  it('names where the registry is and how to get back to it when the port changed', () => {
    const last = registryElsewhere(withAddressUse([], 'http://127.0.0.1:17440', first), 'http://127.0.0.1:18000');
    expect(last).toEqual({ origin: 'http://127.0.0.1:17440', lastStartedAt: '2026-12-01T08:00:00.000Z' });
    const note = last ? addressNote(last, 'http://127.0.0.1:18000') : '';
    const [zh, en] = note.split('\n');
    expect(zh).toContain('上次在 http://127.0.0.1:17440 使用（2026-12-01T08:00:00.000Z）');
    expect(zh).toContain('原来的数据没有丢失，仍在 http://127.0.0.1:17440 下');
    expect(zh).toContain('npm start -- --browser --port 17440');
    expect(en).toContain('your registry is still at http://127.0.0.1:17440');
    expect(en).toContain('--port 17440');
  });

  it('is read back from the data folder, most recent address first, and a damaged file reads as none', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-address-'));
    expect(readAddressUses(dataDir)).toEqual([]);
    writeAddressUses(dataDir, withAddressUse(withAddressUse([], 'http://127.0.0.1:17440', first), 'http://127.0.0.1:18000', later));
    const uses = readAddressUses(dataDir);
    expect(uses.map((use) => use.origin)).toEqual(['http://127.0.0.1:18000', 'http://127.0.0.1:17440']);
    // Back on the old port: the note now names the port used in between.
    expect(registryElsewhere(uses, 'http://127.0.0.1:17440')?.origin).toBe('http://127.0.0.1:18000');
    expect(withAddressUse(uses, 'http://127.0.0.1:17440', later).map((use) => use.origin)).toEqual(['http://127.0.0.1:17440', 'http://127.0.0.1:18000']);

    writeFileSync(join(dataDir, addressFileName), '{');
    expect(readAddressUses(dataDir)).toEqual([]);
  });
});
