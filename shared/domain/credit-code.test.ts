import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter, normalizeCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts codes with a correct check character', () => {
    // Published codes of real enterprises.
    for (const code of ['914403001922038216', '9144030071526726XG', '91330100716105852F', '91110108551385082Q']) {
      expect(checkCreditCode(code), code).toBeUndefined();
    }
  });

  it('names what is wrong with a bad code', () => {
    expect(checkCreditCode('9111000010000396')).toBe('length');
    expect(checkCreditCode('91110000I0000396ZT')).toBe('character');
    expect(checkCreditCode('914403001922038217')).toBe('check');
  });

  it('computes the check character that completes a code', () => {
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(creditCodeCheckCharacter('9111000010000396O')).toBeUndefined();
  });

  it('normalizes pasted codes', () => {
    expect(normalizeCreditCode(' 9144 0300-7152 6726 xg ')).toBe('9144030071526726XG');
  });
});
