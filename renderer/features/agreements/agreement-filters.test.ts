import { describe, expect, it } from 'vitest';
import { agreementMatches, daysUntil } from './agreement-filters';

const lishui = '0190a000-0000-7000-8000-000000000001';
const tianjin = '0190a000-0000-7000-8000-000000000002';
const today = '2026-06-13';
const intoSchool = { allianceId: lishui, kind: 'enterprise-into-school' as const, status: 'active' as const, termEnd: '2026-08-31' };
const orderClass = { allianceId: lishui, kind: 'order-class' as const, status: 'active' as const, termEnd: '2029-06-12' };
const ended = { allianceId: lishui, kind: 'order-class' as const, status: 'terminated' as const, termEnd: '2026-07-01' };
const elsewhere = { allianceId: tianjin, kind: 'apprenticeship' as const, status: 'active' as const, termEnd: '2026-07-01' };
const all = [intoSchool, orderClass, ended, elsewhere];
const filter = (params: Record<string, string>) => all.filter((row) => agreementMatches(row, new URLSearchParams(params), today));

describe('the agreements list filters', () => {
  it('filters by alliance, kind and status', () => {
    expect(filter({})).toEqual(all);
    expect(filter({ alliance: lishui, status: 'active' })).toEqual([intoSchool, orderClass]);
    expect(filter({ alliance: lishui, kind: 'order-class' })).toEqual([orderClass, ended]);
  });

  it('keeps agreements in force whose term ends within 90 days with expiring=1', () => {
    expect(filter({ expiring: '1' })).toEqual([intoSchool, elsewhere]);
    expect(filter({ alliance: lishui, expiring: '1' })).toEqual([intoSchool]);
    expect(filter({ expiring: '0' })).toEqual(all);
  });

  it('counts the days left in a term', () => {
    expect(daysUntil('2026-06-13', today)).toBe(0);
    expect(daysUntil('2026-08-31', today)).toBe(79);
    expect(daysUntil('2026-06-12', today)).toBe(-1);
  });
});
