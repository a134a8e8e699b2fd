import { describe, expect, it } from 'vitest';
import { targetFromSearch, targetProblem } from './import-target';

describe('the target of an import', () => {
  it('asks for an alliance only when a column makes a membership or an appointment', () => {
    const none = { allianceId: null, eventId: null };
    expect(targetProblem('units', ['name', 'kind'], none)).toBeNull();
    expect(targetProblem('units', ['name', 'role'], none)).toBe('alliance-missing');
    expect(targetProblem('units', ['name', 'joinedOn'], { ...none, allianceId: 'a' })).toBeNull();
    expect(targetProblem('people', ['name', 'term'], none)).toBe('alliance-missing');
    expect(targetProblem('participants', ['name'], { ...none, allianceId: 'a' })).toBe('event-missing');
    expect(targetProblem('participants', ['name'], { ...none, eventId: 'e' })).toBeNull();
  });

  it('reads the target a link names', () => {
    expect(targetFromSearch(new URLSearchParams('alliance=a1&event='))).toEqual({ allianceId: 'a1', eventId: null });
  });
});
