import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import type { Alliance } from '../../../../shared/domain/records';
import type { NumberScheme, OfficeCodeProblem, PatternProblem } from '../../../../shared/documents/numbering';
import { allocateNumbers, numberSchemeFor, officeNumberMatcher } from '../../../../shared/documents/numbering';
import type { TextOverflow } from '../../../../shared/documents/fit-text';
import type { PlaceholderKey } from '../../../../shared/documents/placeholders';
import { isPlaceholderKey, placeholderLabel, referencedPlaceholders } from '../../../../shared/documents/placeholders';
import type { Locale } from '../../../../shared/i18n/locale';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import { resolvePageTexts } from '../../../../shared/documents/render-html';

/** A key for a recipient in a batch: the same unit may get two certificates, for two agreements. */
export const recipientKey = (recipient: Pick<Recipient, 'sourceId' | 'recipientId'>): string => `${recipient.sourceId}/${recipient.recipientId}`;

/** The scheme of the template's kind: its own series unless the alliance numbers every kind in one (numbering.ts). */
export function numberScheme(alliance: Pick<Alliance, 'numberPattern' | 'numberPrefix' | 'numberSeries'>, kind: DocumentTemplate['kind'], issuedOn: string, office: string): NumberScheme | PatternProblem | OfficeCodeProblem {
  return numberSchemeFor(alliance, kind, issuedOn, office);
}

/** The numbers the chosen recipients would get now (the issue itself allocates again, in its transaction). */
export function previewNumbers(scheme: NumberScheme, known: readonly string[], count: number): string[] {
  return allocateNumbers(scheme, known, count);
}

export interface RecipientProblem {
  /** 1-based page of the preview. */
  page: number;
  name: string;
  unknown: string[];
  missing: PlaceholderKey[];
}

/** What cannot be filled, recipient by recipient: shown by name, and issuing waits until it is fixed. */
export function fillProblems(template: DocumentTemplate, recipients: readonly Recipient[], numbers: readonly string[]): RecipientProblem[] {
  const problems: RecipientProblem[] = [];
  recipients.forEach((recipient, index) => {
    const page = resolvePageTexts(template, { values: recipient.values, number: numbers[index] ?? 'X' });
    if (page.problems.length === 0) return;
    problems.push({
      page: index + 1,
      name: recipient.recipientName,
      unknown: [...new Set(page.problems.flatMap((problem) => problem.unknown))],
      missing: [...new Set(page.problems.flatMap((problem) => problem.missing))],
    });
  });
  return problems;
}

/**
 * The recipients who already hold a valid document of the template for the same record (the
 * same membership, appointment or agreement), with its number: a unit in two alliances, or party
 * to two agreements, may rightly hold two.
 */
export function alreadyHeld(recipients: readonly Recipient[], held: readonly IssuedDocument[]): Map<string, IssuedDocument> {
  const byKey = new Map<string, IssuedDocument>();
  for (const document of held) if (document.sourceId) byKey.set(recipientKey({ sourceId: document.sourceId, recipientId: document.recipientId }), document);
  const result = new Map<string, IssuedDocument>();
  for (const recipient of recipients) {
    const document = byKey.get(recipientKey(recipient));
    if (document) result.set(recipientKey(recipient), document);
  }
  return result;
}

/** A number as the registry holds it, with the device that made the record. */
export interface NumberOrigin {
  number: string;
  deviceId: string | undefined;
}

/**
 * A number of this office's scheme made on another device: either this computer was reinstalled
 * (harmless, numbering continues after it) or two computers share an office code, which would
 * make the same numbers offline. The user is told; only they know which.
 */
export function foreignOfficeNumber(scheme: NumberScheme, origins: readonly NumberOrigin[], deviceId: string): string | undefined {
  const matcher = officeNumberMatcher(scheme);
  return origins.find((origin) => origin.deviceId !== undefined && origin.deviceId !== deviceId && matcher.test(origin.number))?.number;
}

/** A text that does not fit on one recipient's page: shown by name, and issuing waits until it is fixed. */
export interface FitProblem {
  /** 1-based page of the preview. */
  page: number;
  name: string;
  /** The template element whose text does not fit (elementLabel names it for the user). */
  elementId: string;
  /** The lines it takes at its smallest size, and the lines its box has. */
  lines: number;
  maxLines: number;
}

/** How the user knows an element: the fields it prints (“受证/受聘方名称”), or its own words when it holds none. */
export function elementLabel(template: DocumentTemplate, elementId: string, locale: Locale): string {
  const element = template.elements.find((candidate) => candidate.id === elementId);
  if (!element || element.type !== 'text') return elementId;
  const fields = referencedPlaceholders(element.content).filter(isPlaceholderKey);
  if (fields.length > 0) return fields.map((key) => `“${placeholderLabel(key, locale)}”`).join('');
  const words = element.content.trim();
  return `“${words.length > 12 ? `${words.slice(0, 12)}…` : words}”`;
}

/** The batch's overflows (fit-text.ts, by 0-based page) as the recipients they concern. */
export function fitProblems(recipients: readonly Recipient[], overflows: readonly TextOverflow[]): FitProblem[] {
  return overflows.map((overflow) => ({
    page: overflow.page + 1,
    name: recipients[overflow.page]?.recipientName ?? '',
    elementId: overflow.elementId,
    lines: overflow.lines,
    maxLines: overflow.maxLines,
  }));
}
