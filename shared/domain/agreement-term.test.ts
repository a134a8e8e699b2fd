import { describe, expect, it } from 'vitest';
import { addDays, isExpiringSoon, localIsoDate } from './agreement-term';

describe('agreement term', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-06-13', 90)).toBe('2026-09-11');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts an agreement in force whose term ends from today to 90 days on as expiring', () => {
    const today = '2026-06-13';
    const active = (termEnd: string | null) => ({ status: 'active', termEnd });
    expect(isExpiringSoon(active('2026-06-13'), today)).toBe(true);
    expect(isExpiringSoon(active('2026-09-11'), today)).toBe(true);
    expect(isExpiringSoon(active('2026-09-12'), today)).toBe(false);
    expect(isExpiringSoon(active('2026-06-12'), today)).toBe(false);
    expect(isExpiringSoon(active(null), today)).toBe(false);
    expect(isExpiringSoon({ status: 'terminated', termEnd: '2026-07-01' }, today)).toBe(false);
    expect(isExpiringSoon({ status: 'draft', termEnd: '2026-07-01' }, today)).toBe(false);
  });

  it('reads today from the local calendar', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
