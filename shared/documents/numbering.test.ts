import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allianceSchema } from '../domain/records';
import { templateKinds } from '../domain/vocabulary';
import type { NumberingOf, NumberScheme, NumberSeries } from './numbering';
import {
  allocateNumbers,
  checkNumberPattern,
  checkOfficeCode,
  formatNumber,
  highestSeq,
  kindCode,
  kindCodes,
  nextNumber,
  NumberPatternError,
  normalizeOfficeCode,
  numberSchemeFor,
  officeCodeFromDeviceId,
  officeCodePattern,
  officeOfNumber,
  seriesPattern,
} from './numbering';

const standard: Omit<NumberScheme, 'office'> = { pattern: '{prefix}-{year}-{office}{seq:000}', prefix: 'LSZZ', year: 2026 };

describe('formatting', () => {
  it('fills the pattern, padding the sequence to the zeros given', () => {
    expect(formatNumber({ ...standard, office: 'KQ' }, 17)).toBe('LSZZ-2026-KQ017');
    expect(formatNumber({ ...standard, office: 'KQ' }, 1234)).toBe('LSZZ-2026-KQ1234');
    expect(formatNumber({ pattern: '{prefix}〔{year}〕{office}字第{seq}号', prefix: 'LSZZ', year: 2026, office: 'A' }, 5)).toBe('LSZZ〔2026〕A字第5号');
  });

  it('continues after the highest sequence of its own office, year and prefix only', () => {
    const known = ['LSZZ-2026-A009', 'LSZZ-2026-A011', 'LSZZ-2026-B040', 'LSZZ-2025-A090', 'ABCD-2026-A070', 'LSZZ-2026-AB050'];
    expect(highestSeq({ ...standard, office: 'A' }, known)).toBe(11);
    expect(allocateNumbers({ ...standard, office: 'A' }, known, 3)).toEqual(['LSZZ-2026-A012', 'LSZZ-2026-A013', 'LSZZ-2026-A014']);
    expect(allocateNumbers({ ...standard, office: 'C' }, known, 1)).toEqual(['LSZZ-2026-C001']);
  });

  it('never restarts the sequence of a pattern without the year', () => {
    const scheme = { pattern: '{prefix}-{office}{seq:00}', prefix: 'LSZZ', office: 'A' };
    const numbers2025 = allocateNumbers({ ...scheme, year: 2025 }, [], 2);
    expect(allocateNumbers({ ...scheme, year: 2026 }, numbers2025, 1)).toEqual(['LSZZ-A03']);
  });

  it('counts the numbers made before the padding of the pattern changed', () => {
    const known = ['LSZZ-2026-A001', 'LSZZ-2026-A002'];
    expect(allocateNumbers({ ...standard, pattern: '{prefix}-{year}-{office}{seq}', office: 'A' }, known, 1)).toEqual(['LSZZ-2026-A3']);
  });
});

describe('patterns and office codes that are refused', () => {
  it('refuses a pattern without {office} or {seq}, as the alliance schema does', () => {
    expect(checkNumberPattern('{prefix}-{year}-{seq:000}', 'LSZZ')).toBe('missing-office');
    expect(checkNumberPattern('{prefix}-{year}-{office}', 'LSZZ')).toBe('missing-seq');
    expect(checkNumberPattern('{prefix}-{office}{seq}-{seq}', 'LSZZ')).toBe('repeated-token');
    expect(checkNumberPattern('{prefix}-{month}-{office}{seq}', 'LSZZ')).toBe('unknown-token');
    expect(checkNumberPattern('{prefix}-{office}{seq', 'LSZZ')).toBe('unknown-token');
    expect(checkNumberPattern('{prefix}-{office}{seq}', '')).toBe('missing-prefix');
    expect(checkNumberPattern('{office}{seq}', '')).toBeNull();
    expect(() => formatNumber({ ...standard, pattern: '{prefix}-{seq}', office: 'A' }, 1)).toThrow(NumberPatternError);
    const alliance = { name: '联盟', kind: 'other', id: '0190f3f0-0000-7000-8000-000000000001' };
    expect(allianceSchema.safeParse({ ...alliance, numberPattern: '{prefix}-{year}-{seq:000}' }).success).toBe(false);
    expect(allianceSchema.safeParse({ ...alliance, numberPattern: '{prefix}-{year}-{office}' }).success).toBe(false);
  });

  it('accepts one to four letters as an office code', () => {
    expect(checkOfficeCode(normalizeOfficeCode(' kq '))).toBeNull();
    expect(checkOfficeCode('')).toBe('required');
    expect(checkOfficeCode('A1')).toBe('office-code');
    expect(checkOfficeCode('ABCDE')).toBe('office-code');
    expect(() => formatNumber({ ...standard, office: 'A1' }, 1)).toThrow(NumberPatternError);
  });

  it('derives a valid three-letter code from any device id', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), (deviceId) => {
        const code = officeCodeFromDeviceId(deviceId);
        expect(code).toMatch(officeCodePattern);
        expect(code).toHaveLength(3);
        expect(officeCodeFromDeviceId(deviceId)).toBe(code);
      }),
    );
  });
});

/** A device as far as numbering goes: its office code and the numbers it holds. */
interface Device {
  office: string;
  known: Set<string>;
}

type Step = { kind: 'issue'; device: number; count: number; year: number } | { kind: 'sync'; from: number; to: number };

const officeCode = fc.stringMatching(/^[A-Z]{1,4}$/);
const step = (devices: number): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('issue' as const), device: fc.nat(devices - 1), count: fc.integer({ min: 1, max: 12 }), year: fc.constantFrom(2025, 2026) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(devices - 1), to: fc.nat(devices - 1) }) },
  );

/** Runs the steps; returns every number issued, in order, by every device. */
function run(devices: Device[], steps: Step[], pattern: string): string[] {
  const issued: string[] = [];
  for (const current of steps) {
    if (current.kind === 'sync') {
      const from = devices[current.from];
      const to = devices[current.to];
      if (from && to) for (const number of from.known) to.known.add(number);
      continue;
    }
    const device = devices[current.device];
    if (!device) continue;
    const numbers = allocateNumbers({ pattern, prefix: 'LSZZ', year: current.year, office: device.office }, device.known, current.count);
    for (const number of numbers) device.known.add(number);
    issued.push(...numbers);
  }
  return issued;
}

const patterns = fc.constantFrom('{prefix}-{year}-{office}{seq:000}', '{prefix}-{year}-{office}{seq}', '{office}{seq}', '{seq}{office}', '{prefix}{year}{office}{seq:0}', '{prefix}-{office}-{seq:00}');

describe('two offices working offline', () => {
  it('never issue the same number, whatever the interleaving of issues and syncs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(officeCode, { minLength: 2, maxLength: 3 }), patterns, fc.array(step(3), { maxLength: 60 }), (offices, pattern, steps) => {
        const devices = offices.map((office) => ({ office, known: new Set<string>() }));
        const issued = run(devices, steps, pattern);
        expect(new Set(issued).size).toBe(issued.length);
      }),
      { numRuns: 300 },
    );
  });

  it('two devices with codes derived from their ids never collide unless the codes are equal', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), fc.uuid({ version: 7 }), fc.array(step(2), { maxLength: 40 }), (first, second, steps) => {
        const offices = [officeCodeFromDeviceId(first), officeCodeFromDeviceId(second)];
        fc.pre(offices[0] !== offices[1]);
        const issued = run(
          offices.map((office) => ({ office, known: new Set<string>() })),
          steps,
          '{prefix}-{year}-{office}{seq:000}',
        );
        expect(new Set(issued).size).toBe(issued.length);
      }),
    );
  });

  it('a device restored from a backup continues without collision, under a new id or under its old code', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(officeCode, { minLength: 4, maxLength: 4 }),
        fc.array(step(2), { maxLength: 30 }),
        fc.array(step(3), { maxLength: 30 }),
        fc.boolean(),
        (offices, before, after, keepsOldCode) => {
          const [oldCode = 'A', otherCode = 'B', newCode = 'C', thirdCode = 'D'] = offices;
          const devices: Device[] = [
            { office: oldCode, known: new Set() },
            { office: otherCode, known: new Set() },
          ];
          const pattern = '{prefix}-{year}-{office}{seq:000}';
          const issuedBefore = run(devices, before, pattern);
          // The old machine is gone; its registry comes back from a backup (everything it held).
          const [lost, other] = devices;
          if (!lost || !other) return;
          const restored: Device = { office: keepsOldCode ? oldCode : newCode, known: new Set(lost.known) };
          const issuedAfter = run([restored, other, { office: thirdCode, known: new Set() }], after, pattern);
          const all = [...issuedBefore, ...issuedAfter];
          expect(new Set(all).size).toBe(all.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

type Kind = (typeof templateKinds.values)[number];
const kinds = fc.constantFrom(...templateKinds.values);
const lsZZ = (numberPattern: string, numberSeries: NumberSeries): NumberingOf => ({ numberPattern, numberPrefix: 'LSZZ', numberSeries });
const schemeOf = (alliance: NumberingOf, kind: Kind, year: number, office: string): NumberScheme => {
  const scheme = numberSchemeFor(alliance, kind, `${year}-06-01`, office);
  if (typeof scheme === 'string') throw new Error(scheme);
  return scheme;
};

describe('a series per kind of document', () => {
  it('gives licences and 聘书 their own series, the kind’s letter after the office code', () => {
    const alliance = lsZZ('{prefix}-{year}-{office}{seq:000}', 'per-kind');
    const licences = allocateNumbers(schemeOf(alliance, 'unit-licence', 2026, 'KQ'), [], 2);
    expect(licences).toEqual(['LSZZ-2026-KQ-Z001', 'LSZZ-2026-KQ-Z002']);
    expect(allocateNumbers(schemeOf(alliance, 'appointment-letter', 2026, 'KQ'), licences, 1)).toEqual(['LSZZ-2026-KQ-P001']);
    expect(nextNumber(alliance, 'unit-licence', '2026-11-22', 'KQ', licences)).toBe('LSZZ-2026-KQ-Z003');
  });

  it('puts the letter where the pattern says {kind}, never right against the office code', () => {
    expect(seriesPattern('{prefix}-{year}-{office}{kind}{seq:000}', 'per-kind', 'appointment-letter')).toBe('{prefix}-{year}-{office}-P{seq:000}');
    expect(seriesPattern('{kind}{office}{seq}', 'per-kind', 'unit-licence')).toBe('Z-{office}{seq}');
    expect(seriesPattern('{prefix}〔{year}〕{kind}字{office}第{seq}号', 'per-kind', 'unit-licence')).toBe('{prefix}〔{year}〕Z字{office}第{seq}号');
    expect(seriesPattern('{prefix}-{year}-{office}-{kind}{seq:000}', 'single', 'unit-licence')).toBe('{prefix}-{year}-{office}-{seq:000}');
    expect(checkNumberPattern('{prefix}-{kind}{office}{kind}{seq}', 'LSZZ')).toBe('repeated-token');
    expect(() => formatNumber({ pattern: '{prefix}-{office}{kind}{seq}', prefix: 'LSZZ', year: 2026, office: 'A' }, 1)).toThrow(NumberPatternError);
  });

  it('with one series, every kind counts on from the same numbers, as before the series were split', () => {
    const alliance = lsZZ('{prefix}-{year}-{office}{seq:000}', 'single');
    const known = ['LSZZ-2026-KQ001', 'LSZZ-2026-KQ002'];
    expect(nextNumber(alliance, 'appointment-letter', '2026-11-22', 'KQ', known)).toBe('LSZZ-2026-KQ003');
    expect(nextNumber(alliance, 'unit-licence', '2026-11-22', 'KQ', [...known, 'LSZZ-2026-KQ-Z009'])).toBe('LSZZ-2026-KQ003');
  });

  it('keeps numbers issued before the series were split valid: a kind’s series starts at 1 beside them', () => {
    const old = ['LSZZ-2026-KQ001', 'LSZZ-2026-KQ017'];
    expect(nextNumber(lsZZ('{prefix}-{year}-{office}{seq:000}', 'per-kind'), 'unit-licence', '2026-11-22', 'KQ', old)).toBe('LSZZ-2026-KQ-Z001');
  });

  it('reads the office code back out of a number of any series, and nothing out of another pattern’s', () => {
    expect(officeOfNumber('LSZZ-2026-KQ-Z017', '{prefix}-{year}-{office}{seq:000}', 'LSZZ')).toBe('KQ');
    expect(officeOfNumber('LSZZ-2025-ABCD001', '{prefix}-{year}-{office}{seq:000}', 'LSZZ')).toBe('ABCD');
    expect(officeOfNumber('LSZZ-2026-KQ-P3', '{prefix}-{year}-{office}{kind}{seq}', 'LSZZ')).toBe('KQ');
    expect(officeOfNumber('LSZZ〔2026〕Z字KQ第5号', '{prefix}〔{year}〕{kind}字{office}第{seq}号', 'LSZZ')).toBe('KQ');
    expect(officeOfNumber('ABCD-2026-KQ001', '{prefix}-{year}-{office}{seq:000}', 'LSZZ')).toBeUndefined();
    expect(officeOfNumber('LSZZ-2026-KQ001', '{prefix}-{office}{seq}', '')).toBeUndefined();
  });

  it('every kind has its own single letter, none of them I or O', () => {
    const codes = templateKinds.values.map((kind) => kindCodes[kind]);
    expect(new Set(codes).size).toBe(templateKinds.values.length);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z]$/);
    expect(kindCode('unit-licence')).toBe('Z');
    expect(kindCode('appointment-letter')).toBe('P');
  });
});

type KindStep =
  | { kind: 'issue'; device: number; count: number; year: number; document: Kind }
  | { kind: 'sync'; from: number; to: number }
  /** The alliance's choice of series, as one desk sees it (another may not have synced it yet). */
  | { kind: 'series'; device: number; series: NumberSeries };

const kindStep = (devices: number): fc.Arbitrary<KindStep> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('issue' as const), device: fc.nat(devices - 1), count: fc.integer({ min: 1, max: 8 }), year: fc.constantFrom(2025, 2026), document: kinds }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(devices - 1), to: fc.nat(devices - 1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('series' as const), device: fc.nat(devices - 1), series: fc.constantFrom<NumberSeries>('per-kind', 'single') }) },
  );

const kindPatterns = fc.constantFrom(
  '{prefix}-{year}-{office}{seq:000}',
  '{prefix}-{year}-{office}{kind}{seq:000}',
  '{prefix}-{year}-{kind}{office}{seq:000}',
  '{office}{seq}',
  '{seq}{office}',
  '{seq}{kind}{office}',
  '{prefix}〔{year}〕{kind}字{office}第{seq}号',
  '{office}-{seq:00}{kind}',
);

describe('offices with a series per kind, and an alliance that changes its mind', () => {
  it('never issue the same number, whatever the kinds, the series chosen when, and the syncs', () => {
    // Codes made of the kinds' own letters, so that one office's code is often another's plus a kind letter (KQ and KQZ).
    const confusable = fc.stringMatching(/^[ZPX]{1,3}$/);
    fc.assert(
      fc.property(fc.uniqueArray(confusable, { minLength: 2, maxLength: 3 }), kindPatterns, fc.array(kindStep(3), { maxLength: 60 }), (offices, pattern, steps) => {
        const devices = offices.map((office): { office: string; known: Set<string>; series: NumberSeries } => ({ office, known: new Set<string>(), series: 'per-kind' }));
        const issued: string[] = [];
        for (const current of steps) {
          if (current.kind === 'sync') {
            const [from, to] = [devices[current.from], devices[current.to]];
            if (from && to) for (const number of from.known) to.known.add(number);
            continue;
          }
          const device = devices[current.device];
          if (!device) continue;
          if (current.kind === 'series') {
            device.series = current.series;
            continue;
          }
          const numbers = allocateNumbers(schemeOf(lsZZ(pattern, device.series), current.document, current.year, device.office), device.known, current.count);
          for (const number of numbers) device.known.add(number);
          issued.push(...numbers);
        }
        expect(new Set(issued).size).toBe(issued.length);
      }),
      { numRuns: 400 },
    );
  });

  it('every number reads back to the office that made it', () => {
    fc.assert(
      fc.property(officeCode, kindPatterns, kinds, fc.constantFrom<NumberSeries>('per-kind', 'single'), fc.integer({ min: 1, max: 20_000 }), (office, pattern, kind, series, seq) => {
        const number = formatNumber(schemeOf(lsZZ(pattern, series), kind, 2026, office), seq);
        expect(officeOfNumber(number, pattern, 'LSZZ')).toBe(office);
      }),
      { numRuns: 500 },
    );
  });
});
