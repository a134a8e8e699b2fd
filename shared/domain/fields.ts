import { z } from 'zod';
import { checkCreditCode, normalizeCreditCode } from './credit-code';

/**
 * Validation problems are named, not worded: the renderer words each in the user's language
 * (and an import preview says which row and column has which problem).
 */
export const problems = [
  'required',
  'too-long',
  'invalid-choice',
  'invalid-date',
  'invalid-time',
  'date-order',
  'credit-code-length',
  'credit-code-character',
  'credit-code-check',
  'phone',
  'email',
  'number-prefix',
  'number-pattern',
  'two-parties',
  'participant-target',
  'invalid',
] as const;
export type Problem = (typeof problems)[number];

/** How much a text or a list may hold, when the problem is that it holds more: 内容过长（最多 100 字）. */
export interface ProblemLimit {
  max: number;
  of: 'characters' | 'items';
}

/** The limit a zod issue of a `.max()` broke, so the message can say it; undefined for other issues. */
export function problemLimit(issue: z.core.$ZodIssue): ProblemLimit | undefined {
  if (issue.code !== 'too_big' || typeof issue.maximum !== 'number') return undefined;
  return { max: issue.maximum, of: issue.origin === 'array' ? 'items' : 'characters' };
}

export const recordId = z.uuid({ message: 'invalid' });
/** Attachments (photos, scans, seals) are named by the SHA-256 of their bytes, in lower-case hex. */
export const sha256Pattern = /^[0-9a-f]{64}$/;
export const sha256 = z.string().regex(sha256Pattern, 'invalid');
export const optionalRecordId = recordId.nullable().default(null);

/**
 * The one rule for names and other text, for forms and imports alike: kept as written, markup
 * included (<b>思博特</b> is a name like any other), and escaped wherever it is shown or printed.
 */
export const requiredText = (max: number) => z.string({ message: 'required' }).trim().min(1, 'required').max(max, 'too-long');
export const optionalText = (max: number) => z.string().trim().max(max, 'too-long').default('');
export const isoDate = z.iso.date({ message: 'invalid-date' });
export const optionalDate = isoDate.nullable().default(null);
export const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'invalid-choice' });

export const creditCode = z
  .string()
  .transform(normalizeCreditCode)
  .superRefine((code, context) => {
    if (code === '') return;
    const problem = checkCreditCode(code);
    if (problem) context.addIssue({ code: 'custom', message: `credit-code-${problem}` });
  })
  .default('');

/** Mainland mobile and landline numbers as offices write them: digits, spaces, dashes, an optional +86 and extension. */
const phonePattern = /^(\+?86[\s-]?)?[\d\s()-]{5,20}(\s*(转|ext\.?|x)\s*\d{1,6})?$/i;

/** Whether a phone field holds a number to dial (an import warns about one that does not, and keeps it). */
export const looksLikePhone = (value: string): boolean => value.trim() === '' || phonePattern.test(value.trim());

/**
 * A phone field is kept as written: offices put 见备注, two numbers joined with ；or an extension
 * in words there, and refusing that text would lose the record it belongs to. Only its length is
 * limited; `looksLikePhone` says whether it is a number.
 */
export const phone = z.string().trim().max(40, 'too-long').default('');

export const email = z
  .string()
  .trim()
  .max(120, 'too-long')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'email')
  .default('');

/** A term or period: the end, when given, is not before the start. */
export function endNotBeforeStart<T extends Record<string, unknown>>(startKey: keyof T & string, endKey: keyof T & string) {
  return (record: T, context: z.RefinementCtx): void => {
    const start = record[startKey];
    const end = record[endKey];
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      context.addIssue({ code: 'custom', message: 'date-order', path: [endKey] });
    }
  };
}

/** Fields every synced record has besides its own; `deleted` is the tombstone of DESIGN.md §4. */
export const recordBase = {
  id: recordId,
  deleted: z.boolean().default(false),
};
