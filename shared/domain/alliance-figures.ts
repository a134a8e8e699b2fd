import { z } from 'zod';
import { choice, optionalText, recordBase, recordId } from './fields';
import { ownFigureKinds } from './vocabulary';

/** A figure of its own, recorded per alliance per year with where it comes from (DESIGN.md §2 AllianceFigure, issue 17.1). */
export const allianceFigureSchema = z.object({
  ...recordBase,
  allianceId: recordId,
  year: z.number({ message: 'invalid' }).int('invalid').min(2000, 'invalid').max(2100, 'invalid'),
  kind: choice(ownFigureKinds.values),
  value: z.number({ message: 'invalid' }).int('invalid').min(0, 'invalid').max(100_000_000, 'invalid'),
  /** Where the figure comes from (教务处统计、企业报送 …), printed beside it in the report. */
  source: optionalText(200),
});

export type AllianceFigure = z.output<typeof allianceFigureSchema>;
