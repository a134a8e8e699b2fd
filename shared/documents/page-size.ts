import type { DocumentTemplate } from '../domain/documents';

export interface PageSizeMm {
  widthMm: number;
  heightMm: number;
}

const paper = { A4: { short: 210, long: 297 }, A3: { short: 297, long: 420 } } as const;

/** The sheet a template prints on, in millimetres, orientation applied (custom stock is taken as given). */
export function pageSizeMm(template: Pick<DocumentTemplate, 'paper' | 'orientation' | 'widthMm' | 'heightMm'>): PageSizeMm {
  if (template.paper === 'custom') return { widthMm: template.widthMm, heightMm: template.heightMm };
  const { short, long } = paper[template.paper];
  return template.orientation === 'landscape' ? { widthMm: long, heightMm: short } : { widthMm: short, heightMm: long };
}

/** PDF points (1/72 in) to millimetres, rounded to 0.1 mm: what pdf-lib and pdfinfo report. */
export function pointsToMm(points: number): number {
  return Math.round((points * 254) / 72) / 10;
}
