/**
 * Document numbers (DESIGN.md §2): made offline from the alliance's pattern, e.g.
 * `{prefix}-{year}-{office}{seq:000}` → LSZZ-2026-KQ017. Two offices never make the same number
 * because each puts its own office code in it and counts its own sequence; an office continues
 * after the highest sequence it finds among the issued documents it holds (so a reinstalled or
 * restored office, once its registry is back, never repeats a number).
 *
 * Office codes are letters only and sequences digits only: that keeps the number injective in
 * (office, seq) whatever literal text the pattern puts between them (a code ending in a digit
 * would let office A1 with 017 read like office A with 1017).
 */

export const officeCodePattern = /^[A-Z]{1,4}$/;

/** The letters of derived office codes: no I or O, which read like 1 and 0 on a printed number. */
const officeLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export type OfficeCodeProblem = 'required' | 'office-code';

export function normalizeOfficeCode(input: string): string {
  return input.trim().toUpperCase();
}

export function checkOfficeCode(code: string): OfficeCodeProblem | null {
  if (code === '') return 'required';
  return officeCodePattern.test(code) ? null : 'office-code';
}

/**
 * The office code a device starts with: three letters from the random end of its UUIDv7 (the
 * front is a timestamp, alike on devices set up the same day). 13,824 codes; an alliance that
 * wants certainty assigns codes by hand in Settings.
 */
export function officeCodeFromDeviceId(deviceId: string): string {
  const hex = deviceId.replace(/-/g, '').slice(-8);
  let value = Number.parseInt(hex, 16);
  if (!Number.isFinite(value)) value = 0;
  let code = '';
  for (let i = 0; i < 3; i += 1) {
    code += officeLetters.charAt(value % officeLetters.length);
    value = Math.floor(value / officeLetters.length);
  }
  return code;
}

type Token = { kind: 'literal'; text: string } | { kind: 'prefix' | 'year' | 'office' } | { kind: 'seq'; width: number };

export type PatternProblem = 'missing-office' | 'missing-seq' | 'repeated-token' | 'unknown-token' | 'missing-prefix';

function tokenize(pattern: string): Token[] | 'unknown-token' {
  const tokens: Token[] = [];
  const placeholder = /\{([^{}]*)\}/g;
  let last = 0;
  for (const match of pattern.matchAll(placeholder)) {
    if (match.index > last) tokens.push({ kind: 'literal', text: pattern.slice(last, match.index) });
    const name = match[1] ?? '';
    if (name === 'prefix' || name === 'year' || name === 'office') tokens.push({ kind: name });
    else if (/^seq(:0+)?$/.test(name)) tokens.push({ kind: 'seq', width: name.length > 3 ? name.length - 4 : 0 });
    else return 'unknown-token';
    last = match.index + match[0].length;
  }
  if (last < pattern.length) tokens.push({ kind: 'literal', text: pattern.slice(last) });
  if (tokens.some((token) => token.kind === 'literal' && /[{}]/.test(token.text))) return 'unknown-token';
  return tokens;
}

/** Whether numbers can be made from this pattern for an alliance with this prefix. */
export function checkNumberPattern(pattern: string, prefix: string): PatternProblem | null {
  const tokens = tokenize(pattern);
  if (tokens === 'unknown-token') return tokens;
  const count = (kind: Token['kind']): number => tokens.filter((token) => token.kind === kind).length;
  if (count('office') === 0) return 'missing-office';
  if (count('seq') === 0) return 'missing-seq';
  if (count('office') > 1 || count('seq') > 1) return 'repeated-token';
  if (count('prefix') > 0 && prefix === '') return 'missing-prefix';
  return null;
}

export interface NumberScheme {
  pattern: string;
  prefix: string;
  /** The year of the issue date. */
  year: number;
  office: string;
}

export class NumberPatternError extends Error {
  constructor(readonly problem: PatternProblem | OfficeCodeProblem) {
    super(`Cannot make document numbers: ${problem}`);
    this.name = 'NumberPatternError';
  }
}

function checkedTokens(scheme: NumberScheme): Token[] {
  const officeProblem = checkOfficeCode(scheme.office);
  if (officeProblem) throw new NumberPatternError(officeProblem);
  const problem = checkNumberPattern(scheme.pattern, scheme.prefix);
  if (problem) throw new NumberPatternError(problem);
  return tokenize(scheme.pattern) as Token[];
}

export function formatNumber(scheme: NumberScheme, seq: number): string {
  return checkedTokens(scheme)
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return token.text;
        case 'prefix':
          return scheme.prefix;
        case 'year':
          return String(scheme.year).padStart(4, '0');
        case 'office':
          return scheme.office;
        case 'seq':
          return String(seq).padStart(token.width, '0');
      }
    })
    .join('');
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches the numbers this office made with this scheme and captures their sequence. A pattern
 * without {year} matches every year, so such an alliance's sequence never restarts.
 */
export function officeNumberMatcher(scheme: NumberScheme): RegExp {
  const source = checkedTokens(scheme)
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return escapeRegExp(token.text);
        case 'prefix':
          return escapeRegExp(scheme.prefix);
        case 'year':
          return escapeRegExp(String(scheme.year).padStart(4, '0'));
        case 'office':
          return escapeRegExp(scheme.office);
        case 'seq':
          return '(\\d+)';
      }
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** The highest sequence this office used in the scheme among these numbers (0 when none). */
export function highestSeq(scheme: NumberScheme, numbers: Iterable<string>): number {
  const matcher = officeNumberMatcher(scheme);
  let highest = 0;
  for (const number of numbers) {
    const digits = matcher.exec(number)?.[1];
    if (digits !== undefined) highest = Math.max(highest, Number(digits));
  }
  return highest;
}

/**
 * The next `count` numbers of this office: after the highest it already used, skipping any
 * number already known for any reason (a pattern changed back and forth, a hand-typed code).
 * `known` should hold every issued number the device has, deleted and revoked ones included.
 */
export function allocateNumbers(scheme: NumberScheme, known: Iterable<string>, count: number): string[] {
  const taken = new Set(known);
  let seq = highestSeq(scheme, taken);
  const numbers: string[] = [];
  while (numbers.length < count) {
    seq += 1;
    const number = formatNumber(scheme, seq);
    if (taken.has(number)) continue;
    taken.add(number);
    numbers.push(number);
  }
  return numbers;
}
