import { describe, expect, it } from 'vitest';
import { duplicateNumbers, issuedMatches } from './issued-filters';

const row = { allianceId: 'a', kind: 'unit-licence' as const, eventId: 'e', revoked: false };

describe('registry filters', () => {
  it('filters by alliance, kind, event and status', () => {
    expect(issuedMatches(row, new URLSearchParams('alliance=a&kind=unit-licence&event=e&status=valid'))).toBe(true);
    expect(issuedMatches(row, new URLSearchParams('status=revoked'))).toBe(false);
    expect(issuedMatches({ ...row, revoked: true }, new URLSearchParams('status=revoked'))).toBe(true);
    expect(issuedMatches(row, new URLSearchParams('event=other'))).toBe(false);
    expect(issuedMatches(row, new URLSearchParams('kind=appointment-letter'))).toBe(false);
  });

  it('finds numbers held twice by live documents', () => {
    expect([...duplicateNumbers([{ number: 'A1', deleted: false }, { number: 'A1', deleted: false }, { number: 'B1', deleted: false }, { number: 'B1', deleted: true }])]).toEqual(['A1']);
  });
});
