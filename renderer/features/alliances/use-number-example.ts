import type { Alliance } from '../../../shared/domain/records';
import { localIsoDate } from '../../../shared/domain/agreement-term';
import { useOfficeNumbering } from '../../db/office-numbering';
import { numberExamples } from './number-example';
import type { NumberExamples } from './number-example';

/** The example numbers of the alliance form, live: this computer's office code and the numbers it holds. undefined while loading. */
export function useNumberExample(draft: Pick<Alliance, 'numberPattern' | 'numberPrefix' | 'numberSeries'>): NumberExamples | undefined {
  const numbering = useOfficeNumbering();
  if (!numbering) return undefined;
  return numberExamples(draft, numbering, localIsoDate());
}
