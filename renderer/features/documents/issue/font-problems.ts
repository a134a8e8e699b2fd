import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { charactersWithoutFont } from '../../../../shared/documents/font-coverage';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import { resolvePageTexts } from '../../../../shared/documents/render-html';

/** Characters of one recipient's page that no bundled font holds: they would print in a font of the machine. */
export interface FontProblem {
  /** 1-based page of the preview. */
  page: number;
  name: string;
  /** Each character once, in the order the page prints them. */
  characters: string[];
}

/**
 * What the bundled fonts cannot print, recipient by recipient (font-coverage.ts): shown with the
 * characters named, and issuing waits until the records are corrected, as for a missing field.
 */
export function fontProblems(template: DocumentTemplate, recipients: readonly Recipient[], numbers: readonly string[]): FontProblem[] {
  const problems: FontProblem[] = [];
  recipients.forEach((recipient, index) => {
    const { texts } = resolvePageTexts(template, { values: recipient.values, number: numbers[index] ?? '' });
    const characters = charactersWithoutFont(Object.values(texts));
    if (characters.length > 0) problems.push({ page: index + 1, name: recipient.recipientName, characters });
  });
  return problems;
}
