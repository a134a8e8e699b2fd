import { describe, expect, it } from 'vitest';
import { numberExamples } from './number-example';

const draft = { numberPattern: '{prefix}-{year}-{office}{seq:000}', numberPrefix: 'lszz', numberSeries: 'per-kind' as const };

describe('the example number of the alliance form', () => {
  it('is the number the next licence and letter of this computer get, not the pattern', () => {
    const examples = numberExamples(draft, { stored: 'KQ', proposed: 'KQ', known: ['LSZZ-2026-KQ-Z001'] }, '2026-12-03');
    expect(examples).toEqual({
      numbers: [
        { kind: 'unit-licence', number: 'LSZZ-2026-KQ-Z002' },
        { kind: 'appointment-letter', number: 'LSZZ-2026-KQ-P001' },
      ],
      proposedCode: undefined,
    });
  });

  it('shows one number for one series, and says when the code is only proposed', () => {
    const examples = numberExamples({ ...draft, numberSeries: 'single' }, { stored: null, proposed: 'ZQF', known: [] }, '2026-12-03');
    expect(examples).toEqual({ numbers: [{ kind: 'unit-licence', number: 'LSZZ-2026-ZQF001' }], proposedCode: 'ZQF' });
  });

  it('shows none for a pattern that cannot number', () => {
    expect(numberExamples({ ...draft, numberPattern: '{prefix}-{seq}' }, { stored: 'KQ', proposed: 'KQ', known: [] }, '2026-12-03').numbers).toEqual([]);
  });
});
