import type { ImageElement, TemplateElement, TextElement } from '../../../../shared/domain/documents';

function freshId(elements: readonly TemplateElement[], stem: string): string {
  let index = elements.length + 1;
  while (elements.some((element) => element.id === `${stem}-${index}`)) index += 1;
  return `${stem}-${index}`;
}

/** A new line of text, centred near the top, in the template's serif. */
export function newTextElement(elements: readonly TemplateElement[], content: string, pageWidthMm: number): TextElement {
  return { id: freshId(elements, 'text'), type: 'text', content, xMm: 20, yMm: 30, widthMm: Math.max(10, pageWidthMm - 40), font: 'serif', sizePt: 16, bold: false, color: '#000000', align: 'center', letterSpacingEm: 0, lineHeight: 1.5, maxLines: 1 };
}

export function newImageElement(elements: readonly TemplateElement[]): ImageElement {
  return { id: freshId(elements, 'image'), type: 'image', source: 'alliance-seal', xMm: 180, yMm: 130, widthMm: 40, heightMm: 40, opacity: 1 };
}
