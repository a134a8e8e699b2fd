import type { BundledFamily } from './font-coverage';

/**
 * The order in which a document's text falls back through the bundled families after its own: the serif
 * Hanazono first (ideographs of Extensions A–F, rare BMP ones), then the others. Every family a document
 * names falls back through all of them, so what font-coverage.ts finds held by any bundled face is drawn
 * by one, never by a font of the machine.
 */
const fallbackOrder: readonly BundledFamily[] = ['Noto Serif SC', 'HanaMin', 'LXGW WenKai', 'Noto Sans SC'];

/** The CSS font-family value for text set in `primary`: it first, then every other bundled family. */
export function fontStack(primary: BundledFamily): string {
  return [primary, ...fallbackOrder.filter((family) => family !== primary)].map((family) => `'${family}'`).join(',');
}
