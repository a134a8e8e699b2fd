import type { templateKinds } from '../domain/vocabulary';

type TemplateKind = (typeof templateKinds.values)[number];

/**
 * Document numbers (DESIGN.md §2): made offline from the alliance's pattern, e.g.
 * `{prefix}-{year}-{office}{seq:000}` → LSZZ-2026-KQ-Z017. Two offices never make the same number
 * because each puts its own office code in it and counts its own sequence; an office continues
 * after the highest sequence it finds among the issued documents it holds (so a reinstalled or
 * restored office, once its registry is back, never repeats a number).
 *
 * Office codes are letters only and sequences digits only: that keeps the number injective in
 * (office, seq) whatever literal text the pattern puts between them (a code ending in a digit
 * would let office A1 with 017 read like office A with 1017).
 *
 * Each kind of document has its own series unless the alliance chooses one series for all: the
 * number then carries the kind's one-letter code (Z for 证书, P for 聘书) where the pattern says
 * `{kind}`, or, in a pattern without it, after the office code and a hyphen (KQ-Z017). The hyphen
 * keeps the series apart from the one-series numbers of the same pattern (KQ017), which an office
 * code, letters only, can never be followed by; so numbers issued before the series were split,
 * or while the alliance used one series, stay valid and are never made again.
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

/** Whether each kind of document is numbered in its own series (the alliance's choice, `numberSeries`). */
export type NumberSeries = 'per-kind' | 'single';
export const numberSeriesValues = ['per-kind', 'single'] as const satisfies readonly NumberSeries[];

/**
 * The letter of each kind's series: one letter each, so that a kind's letter is never confused
 * with a letter of the office code. No I or O, which read like 1 and 0. Keyed by name rather than
 * typed against the vocabulary, so that kinds added there get a letter here as they come (the
 * tests check that every kind has its own).
 */
export const kindCodes: Readonly<Record<string, string>> = {
  'unit-licence': 'Z',
  'appointment-letter': 'P',
  'agreement-certificate': 'X',
  'participation-certificate': 'C',
  'sign-in-sheet': 'Q',
  programme: 'Y',
  'table-card': 'K',
  'name-badge': 'H',
  custom: 'W',
};

/** The letter of a kind's series; a kind without one of its own is numbered as a custom document. */
export function kindCode(kind: TemplateKind): string {
  return kindCodes[kind] ?? 'W';
}

type Token = { kind: 'literal'; text: string } | { kind: 'prefix' | 'year' | 'office' | 'kind' } | { kind: 'seq'; width: number };

export type PatternProblem = 'missing-office' | 'missing-seq' | 'repeated-token' | 'unknown-token' | 'missing-prefix';

function tokenize(pattern: string): Token[] | 'unknown-token' {
  const tokens: Token[] = [];
  const placeholder = /\{([^{}]*)\}/g;
  let last = 0;
  for (const match of pattern.matchAll(placeholder)) {
    if (match.index > last) tokens.push({ kind: 'literal', text: pattern.slice(last, match.index) });
    const name = match[1] ?? '';
    if (name === 'prefix' || name === 'year' || name === 'office' || name === 'kind') tokens.push({ kind: name });
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
  if (count('office') > 1 || count('seq') > 1 || count('kind') > 1) return 'repeated-token';
  if (count('prefix') > 0 && prefix === '') return 'missing-prefix';
  return null;
}

/**
 * What numbers one series: `pattern` is the series' own pattern (seriesPattern: the kind's code
 * already written into it), so that a scheme numbers exactly one series.
 */
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

type SchemeToken = Exclude<Token, { kind: 'kind' }>;

function checkedTokens(scheme: NumberScheme): SchemeToken[] {
  const officeProblem = checkOfficeCode(scheme.office);
  if (officeProblem) throw new NumberPatternError(officeProblem);
  const problem = checkNumberPattern(scheme.pattern, scheme.prefix);
  if (problem) throw new NumberPatternError(problem);
  const tokens = tokenize(scheme.pattern) as Token[];
  // A scheme numbers one series: seriesPattern has already written the kind's code in.
  const schemeTokens = tokens.filter((token): token is SchemeToken => token.kind !== 'kind');
  if (schemeTokens.length < tokens.length) throw new NumberPatternError('unknown-token');
  return schemeTokens;
}

/**
 * The pattern of one series, `{kind}` still to be filled: with one series for all kinds it is
 * dropped; with a series per kind a pattern without it gets `-{kind}` after `{office}`
 * (LSZZ-2026-KQ-Z001), and one that writes it right beside `{office}` gets a hyphen between.
 * Either way a letter of the kind never touches the office code, so a number of one series
 * (LSZZ-2026-KQZ001, office KQZ) and one of a kind's series (office KQ, 证书) can never be equal,
 * whichever the alliance chose when.
 */
function seriesTemplate(pattern: string, series: NumberSeries): string {
  if (series === 'single') return pattern.replaceAll('{kind}', '');
  if (!pattern.includes('{kind}')) return pattern.replace('{office}', '{office}-{kind}');
  return pattern.replace('{office}{kind}', '{office}-{kind}').replace('{kind}{office}', '{kind}-{office}');
}

/** The pattern of one kind's series, its code written in: what a NumberScheme numbers. */
export function seriesPattern(pattern: string, series: NumberSeries, kind: TemplateKind): string {
  return seriesTemplate(pattern, series).replaceAll('{kind}', kindCode(kind));
}

/** The alliance's fields that shape its numbers. */
export interface NumberingOf {
  numberPattern: string;
  numberPrefix: string;
  numberSeries: NumberSeries;
}

/**
 * The scheme of a kind of document issued on a date (YYYY-MM-DD) by an office, or why there is
 * none: the office code or the alliance's pattern is not usable.
 */
export function numberSchemeFor(alliance: NumberingOf, kind: TemplateKind, issuedOn: string, office: string): NumberScheme | PatternProblem | OfficeCodeProblem {
  const officeProblem = checkOfficeCode(office);
  if (officeProblem) return officeProblem;
  const problem = checkNumberPattern(alliance.numberPattern, alliance.numberPrefix);
  if (problem) return problem;
  const year = Number(issuedOn.slice(0, 4)) || new Date().getFullYear();
  return { pattern: seriesPattern(alliance.numberPattern, alliance.numberSeries, kind), prefix: alliance.numberPrefix, year, office };
}

/**
 * The number the next document of this kind gets from this office, given every number the device
 * holds: what the alliance form shows as its example, and what the issue then really allocates.
 * undefined when nothing can be numbered (numberSchemeFor says why).
 */
export function nextNumber(alliance: NumberingOf, kind: TemplateKind, issuedOn: string, office: string, known: Iterable<string>): string | undefined {
  const scheme = numberSchemeFor(alliance, kind, issuedOn, office);
  if (typeof scheme === 'string') return undefined;
  return allocateNumbers(scheme, known, 1)[0];
}

/**
 * Reads the office code back out of a number made with this pattern and prefix, in any year, any
 * kind's series or one series; undefined when the number was not made with it (another alliance,
 * a pattern changed since).
 */
export function officeOfNumber(number: string, pattern: string, prefix: string): string | undefined {
  for (const matcher of officeMatchers(pattern, prefix)) {
    const office = matcher.exec(number)?.[1];
    if (office !== undefined) return office;
  }
  return undefined;
}

function officeMatchers(pattern: string, prefix: string): RegExp[] {
  if (checkNumberPattern(pattern, prefix)) return [];
  return numberSeriesValues.map((series) => {
    const tokens = tokenize(seriesTemplate(pattern, series)) as Token[];
    const source = tokens
      .map((token) => {
        switch (token.kind) {
          case 'literal':
            return escapeRegExp(token.text);
          case 'prefix':
            return escapeRegExp(prefix);
          case 'year':
            return '\\d{4}';
          case 'office':
            return '([A-Z]{1,4})';
          case 'kind':
            return '[A-Z]';
          case 'seq':
            return '\\d+';
        }
      })
      .join('');
    return new RegExp(`^${source}$`);
  });
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
