import type { AllianceFigure } from '../../../shared/domain/alliance-figures';
import { ownFigureKinds } from '../../../shared/domain/vocabulary';

export type OwnFigureKind = AllianceFigure['kind'];

/** What the office typed as a figure: a whole number (全角 digits and thousands separators allowed), or null when it is not one. */
export function parseFigureValue(text: string): number | null {
  const normal = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  if (!/^\d{1,9}$/.test(normal)) return null;
  return Number(normal);
}

/** One row per kind of own figure for the year, with the record that holds it when there is one. */
export function ownFigureRows(figures: readonly AllianceFigure[], allianceId: string, year: number): { kind: OwnFigureKind; record: AllianceFigure | undefined }[] {
  return ownFigureKinds.values.map((kind) => ({ kind, record: figures.find((f) => !f.deleted && f.allianceId === allianceId && f.year === year && f.kind === kind) }));
}
