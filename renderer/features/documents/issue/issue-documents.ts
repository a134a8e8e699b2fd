import Dexie from 'dexie';
import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import type { DocumentClaims } from '../../../../shared/verification/document-code';
import { claimsOf } from '../../../../shared/verification/claims';
import type { NumberScheme } from '../../../../shared/documents/numbering';
import { allocateNumbers } from '../../../../shared/documents/numbering';
import type { Recipient } from '../../../../shared/documents/recipient-values';
import type { ElementProblem } from '../../../../shared/documents/render-html';
import { resolvePageTexts } from '../../../../shared/documents/render-html';
import type { DeskDatabase } from '../../../db/database';
import { db as defaultDb } from '../../../db/database';
import { mutate } from '../../../db/mutate';
import { readSetting } from '../../../db/settings';

/** The template cannot be filled for some recipients: nothing was issued. */
export class TemplateProblemsError extends Error {
  constructor(readonly problems: ElementProblem[]) {
    super(`The template cannot be filled: ${problems.length} problems`);
    this.name = 'TemplateProblemsError';
  }
}

/** This device has not done its set-up for the alliance, or numbers with another code than it set: nothing was numbered. */
export class OfficeNotSetUpError extends Error {
  constructor() {
    super('This office is not set up to number documents for this alliance');
    this.name = 'OfficeNotSetUpError';
  }
}

export interface IssueRequest {
  template: DocumentTemplate;
  allianceId: string;
  /** The alliance's pattern and prefix, the year of issue and this office's code. */
  scheme: NumberScheme;
  issuedOn: string;
  eventId: string | null;
  recipients: readonly Recipient[];
  /**
   * Signs the documents' claims with the alliance key (in the main process) when the template has
   * a QR element: what each QR holds, in order, or null when this desk holds no key of the alliance.
   */
  sign?: DocumentSigner;
}

export type DocumentSigner = (claims: DocumentClaims[]) => Promise<string[] | null>;

/** Every number this device holds, deleted and revoked documents included: none may be made again. */
export async function knownNumbers(db: DeskDatabase = defaultDb): Promise<string[]> {
  return (await db.recordTable('issuedDocuments').orderBy('number').keys()) as string[];
}

/**
 * Issues one document per recipient in ONE transaction: the numbers are allocated from what the
 * registry holds at that moment (so two windows issuing at once queue, never share a number),
 * the texts are filled exactly as they will print, and the registry entries are written. If any
 * text cannot be filled, or anything fails, nothing is issued.
 */
export function issueDocuments(request: IssueRequest, db: DeskDatabase = defaultDb): Promise<IssuedDocument[]> {
  return mutate(async (m) => {
    // Numbers are permanent: none is made before the office's set-up, and only with the code it set (office-setup/).
    const [office, setUpFor] = [await readSetting('officeCode', db), await readSetting('officeSetUp', db)];
    if (office !== request.scheme.office || !setUpFor?.includes(request.allianceId)) throw new OfficeNotSetUpError();
    const numbers = allocateNumbers(request.scheme, await knownNumbers(db), request.recipients.length);
    const problems: ElementProblem[] = [];
    const pages = request.recipients.map((recipient, index) => {
      const number = numbers[index] ?? '';
      const page = resolvePageTexts(request.template, { values: recipient.values, number });
      for (const problem of page.problems) problems.push({ page: index, ...problem });
      return { recipient, number, problems: page.problems, texts: page.texts };
    });
    if (problems.length > 0) throw new TemplateProblemsError(problems);
    // Signed once the numbers are fixed, within the transaction (Dexie.waitFor keeps it open while
    // the main process signs), so no document is written without the code its QR will print.
    const codes =
      request.sign && request.template.elements.some((element) => element.type === 'qr')
        ? await Dexie.waitFor(request.sign(pages.map(({ recipient, number }) => claimsOf(recipient.values, number, request.issuedOn))))
        : null;
    const issued: IssuedDocument[] = [];
    for (const [index, { recipient, number, texts }] of pages.entries()) {
      issued.push(
        await m.create('issuedDocuments', {
          allianceId: request.allianceId,
          templateId: request.template.id,
          kind: request.template.kind,
          number,
          recipientType: recipient.recipientType,
          recipientId: recipient.recipientId,
          recipientName: recipient.recipientName,
          printedTexts: texts,
          issuedOn: request.issuedOn,
          eventId: request.eventId,
          sourceId: recipient.sourceId,
          printCount: 0,
          qr: codes?.[index] ?? null,
        }),
      );
    }
    return issued;
  }, db);
}
