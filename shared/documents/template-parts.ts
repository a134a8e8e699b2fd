import type { ImageElement, QrElement, TextElement } from '../domain/documents';

/** The parts every built-in template is made of: its two inks, a text element with its defaults, the seal, the body's indent. */

export const red = '#b3121b';
export const ink = '#1a1a1a';

export type TextOptions = Partial<Omit<TextElement, 'id' | 'type' | 'content' | 'xMm' | 'yMm' | 'widthMm'>>;

export function text(id: string, content: string, xMm: number, yMm: number, widthMm: number, options: TextOptions = {}): TextElement {
  return { id, type: 'text', content, xMm, yMm, widthMm, font: 'serif', sizePt: 16, bold: false, color: ink, align: 'left', letterSpacingEm: 0, lineHeight: 1.5, maxLines: 1, ...options };
}

export function seal(xMm: number, yMm: number): ImageElement {
  return { id: 'seal', type: 'image', source: 'alliance-seal', xMm, yMm, widthMm: 42, heightMm: 42, opacity: 0.92 };
}

/**
 * The signed QR code (shared/verification/): 28 mm with its quiet zone keeps a module near 0.35 mm
 * for the longest names a licence holds, which a phone reads from print at arm's length.
 */
export function qr(xMm: number, yMm: number, sizeMm = 28): QrElement {
  return { id: 'qr', type: 'qr', xMm, yMm, sizeMm };
}

/**
 * 首行缩进两字: two characters of the body, as one physical width that the body, the term and
 * the closing line all start after (their own sizes and spacing differ).
 */
export function twoCharactersMm(bodySizePt: number, bodyLetterSpacingEm: number): number {
  return Math.round(2 * bodySizePt * (1 + bodyLetterSpacingEm) * (25.4 / 72) * 100) / 100;
}
