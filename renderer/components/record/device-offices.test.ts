import { describe, expect, it } from 'vitest';
import type { AlliancePattern } from '../../../shared/documents/office-codes';
import { deviceLabel, officeCodesByDevice } from './device-offices';

const here = '0193f000-0000-7000-8000-00000000aaaa';
const secretariat = '0193f000-0000-7000-8000-00000000bbbb';
const memberSchool = '0193f000-0000-7000-8000-00000000cccc';
const neverIssued = '0193f000-0000-7000-8000-000058b6d8a7';
const lishui = '0193f000-0000-7000-8000-000000000101';
const alliances = new Map<string, AlliancePattern>([[lishui, { numberPattern: '{prefix}-{year}-{office}{seq:000}', numberPrefix: 'LSZZ' }]]);

describe('the office behind a device', () => {
  const printLog = [
    { deviceId: secretariat, officeCode: 'LS', at: '2026-06-01T08:00:00.000Z' },
    // Settings changed its code later: the latest entry names it.
    { deviceId: secretariat, officeCode: 'MS', at: '2026-06-13T08:00:00.000Z' },
    { deviceId: secretariat, officeCode: 'LS', at: '2026-06-02T08:00:00.000Z' },
  ];
  const issued = [
    { number: 'LSZZ-2026-ZB017', allianceId: lishui, deviceId: memberSchool },
    { number: 'LSZZ-2026-LS001', allianceId: lishui, deviceId: secretariat },
    { number: 'LSZZ-2026-QQ001', allianceId: lishui, deviceId: undefined },
  ];
  const codes = officeCodesByDevice(printLog, issued, alliances);

  it('reads each device’s code from the print log, else from the numbers it issued', () => {
    expect(codes.get(secretariat)).toBe('MS');
    expect(codes.get(memberSchool)).toBe('ZB');
    expect(codes.has(neverIssued)).toBe(false);
  });

  it('names this device 本机, another by its office, and only an unknown one by its id', () => {
    expect(deviceLabel(here, here, codes)).toEqual({ kind: 'this-device' });
    expect(deviceLabel(memberSchool, here, codes)).toEqual({ kind: 'office', code: 'ZB' });
    expect(deviceLabel(neverIssued, here, codes)).toEqual({ kind: 'device', id: neverIssued });
    // Before this device has its id, nothing is 本机.
    expect(deviceLabel(here, null, codes)).toEqual({ kind: 'device', id: here });
  });
});
