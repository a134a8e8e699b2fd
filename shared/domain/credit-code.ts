/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, S, V, Z); the last is a check character
 * computed from the first 17 with fixed weights, modulo 31.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'character' | 'check';

export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (weights[i] ?? 0);
  }
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

/** undefined when valid; otherwise what is wrong, so the form can say it. */
export function checkCreditCode(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return 'length';
  if (!/^[0-9A-HJ-NP-RTUW-Y]+$/.test(code)) return 'character';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? undefined : 'check';
}

/** Users paste codes with spaces and lower case; this is the form stored and compared. */
export function normalizeCreditCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}
