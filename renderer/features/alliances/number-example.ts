import type { Alliance } from '../../../shared/domain/records';
import { nextNumber } from '../../../shared/documents/numbering';
import type { OfficeNumbering } from '../../db/office-numbering';

/** The kinds the example names: licences and letters of appointment, the two every alliance issues. */
export const exampleKinds = ['unit-licence', 'appointment-letter'] as const;

export interface NumberExamples {
  /** Each kind's next number; one entry when every kind shares one series. Empty: nothing can be numbered. */
  numbers: { kind: (typeof exampleKinds)[number]; number: string }[];
  /** The office code is not set yet: the example uses the one the set-up will propose. */
  proposedCode: string | undefined;
}

/**
 * What the alliance form shows for its pattern: the very numbers this computer's next licence and
 * letter would get today (nextNumber is what issuing allocates), with the code set here or, until
 * it is, the one its set-up proposes.
 */
export function numberExamples(draft: Pick<Alliance, 'numberPattern' | 'numberPrefix' | 'numberSeries'>, numbering: Pick<OfficeNumbering, 'stored' | 'proposed' | 'known'>, today: string): NumberExamples {
  const office = numbering.stored ?? numbering.proposed;
  const alliance = { numberPattern: draft.numberPattern.trim(), numberPrefix: draft.numberPrefix.trim().toUpperCase(), numberSeries: draft.numberSeries };
  const kinds = draft.numberSeries === 'single' ? exampleKinds.slice(0, 1) : exampleKinds;
  const numbers = kinds.flatMap((kind) => {
    const number = nextNumber(alliance, kind, today, office, numbering.known);
    return number === undefined ? [] : [{ kind, number }];
  });
  return { numbers, proposedCode: numbering.stored === null ? office : undefined };
}
