import type { TextOverflow } from '../../../../shared/documents/fit-text';
import { fitTextInDocument } from '../../../../shared/documents/fit-text';

/**
 * Fits the texts of a document shown in a same-origin iframe, as the main process does before it
 * prints (electron/documents/document-page.ts): the frame runs no script of its own, so the app
 * runs the same function on its DOM. Reading a layout first makes the frame ask for the fonts its
 * texts need, so the fit measures with them and not with a fallback.
 */
export async function fitFrame(frame: HTMLIFrameElement): Promise<TextOverflow[] | undefined> {
  const document = frame.contentDocument;
  if (!document?.body) return undefined;
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  // The frame may have been given another document meanwhile: that one is fitted on its own load.
  if (frame.contentDocument !== document) return undefined;
  return fitTextInDocument(document);
}
