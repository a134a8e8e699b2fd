import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officeCodeFromDeviceId, officeCodePattern } from './numbering';
import type { AlliancePattern, IssuedNumber } from './office-codes';
import { checkOfficeCodeInWorkspace, codesUsedByOthers, proposedOfficeCode } from './office-codes';

const here = '0193f000-0000-7000-8000-00000000aaaa';
const lishui = '0193f000-0000-7000-8000-000000000101';
const foshan = '0193f000-0000-7000-8000-000000000102';
const alliances = new Map<string, AlliancePattern>([
  [lishui, { numberPattern: '{prefix}-{year}-{office}{seq:000}', numberPrefix: 'LSZZ' }],
  [foshan, { numberPattern: '{prefix}〔{year}〕{kind}字{office}第{seq}号', numberPrefix: 'FSSD' }],
]);
const number = (value: string, allianceId: string, deviceId: string | undefined): IssuedNumber => ({ number: value, allianceId, deviceId });

describe('office codes already used in the workspace', () => {
  const origins = [
    number('LSZZ-2026-KQ-Z003', lishui, '0193f000-0000-7000-8000-00000000bbbb'),
    number('LSZZ-2025-ZB017', lishui, '0193f000-0000-7000-8000-00000000cccc'),
    number('FSSD〔2026〕P字SD第4号', foshan, '0193f000-0000-7000-8000-00000000dddd'),
    number('LSZZ-2026-MY-Z001', lishui, here),
    number('LSZZ-2026-QQ001', lishui, undefined),
  ];
  const used = codesUsedByOthers(origins, alliances, here);

  it('are read from the numbers other devices issued, in every alliance and series', () => {
    expect([...used.keys()].sort()).toEqual(['KQ', 'QQ', 'SD', 'ZB']);
    expect(used.get('KQ')).toBe('LSZZ-2026-KQ-Z003');
  });

  it('refuse a code another device numbered with, naming its number; accept this device’s own and new ones', () => {
    expect(checkOfficeCodeInWorkspace('KQ', used)).toEqual({ problem: 'used-elsewhere', number: 'LSZZ-2026-KQ-Z003' });
    expect(checkOfficeCodeInWorkspace('SD', used)).toEqual({ problem: 'used-elsewhere', number: 'FSSD〔2026〕P字SD第4号' });
    expect(checkOfficeCodeInWorkspace('MY', used)).toBeNull();
    expect(checkOfficeCodeInWorkspace('LS', used)).toBeNull();
    expect(checkOfficeCodeInWorkspace('', used)).toEqual({ problem: 'required' });
    expect(checkOfficeCodeInWorkspace('K1', used)).toEqual({ problem: 'office-code' });
  });

  it('treat a number whose device is unknown as another device’s: the safe side', () => {
    expect(checkOfficeCodeInWorkspace('QQ', used)?.problem).toBe('used-elsewhere');
  });

  it('still read numbers made before the alliance changed its pattern', () => {
    const changed = new Map([[lishui, { numberPattern: '{prefix}{year}{office}{seq:0000}', numberPrefix: 'LSZZ' }]]);
    expect([...codesUsedByOthers([number('LSZZ-2024-AB012', lishui, undefined)], changed, here).keys()]).toEqual(['AB']);
  });
});

describe('the code the set-up proposes', () => {
  it('is the one already set, else the derived one, else a free one', () => {
    const derived = officeCodeFromDeviceId(here);
    expect(proposedOfficeCode('KQ', here, new Map())).toBe('KQ');
    expect(proposedOfficeCode(null, here, new Map())).toBe(derived);
    const taken = new Map([[derived, 'LSZZ-2026-X001']]);
    const proposed = proposedOfficeCode(null, here, taken);
    expect(proposed).not.toBe(derived);
    expect(proposed).toMatch(officeCodePattern);
  });

  it('is never one in use, however many are', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), fc.uniqueArray(fc.stringMatching(/^[A-HJ-NP-Z]{3}$/), { maxLength: 200 }), (deviceId, codes) => {
        const used = new Map(codes.map((code) => [code, 'N']));
        used.set(officeCodeFromDeviceId(deviceId), 'N');
        expect(used.has(proposedOfficeCode(null, deviceId, used))).toBe(false);
      }),
    );
  });
});
