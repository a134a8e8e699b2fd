/**
 * Fitting text into its box, measured by the real layout engine: the same function runs in the
 * preview's iframe (renderer/features/documents/preview) and in the page the main process prints
 * (electron/documents/document-page.ts), so what the preview accepts is what prints.
 */

/** A text that does not fit its box even at the smallest size its template allows. */
export interface TextOverflow {
  /** 0-based index of the document's page (its `section.page`, or the batch page it carries as data-page). */
  page: number;
  elementId: string;
  /** The lines it takes at its smallest size. */
  lines: number;
  maxLines: number;
  minSizePt: number;
}

/** Only what the fit uses of the DOM, so that the Node build type-checks it without the DOM library. */
interface FitElement {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selectors: string): ArrayLike<FitElement>;
  getBoundingClientRect(): { height: number };
}

export interface FitDocument {
  querySelectorAll(selectors: string): ArrayLike<FitElement>;
  readonly defaultView: { getComputedStyle(element: FitElement): { fontSize: string; lineHeight: string } } | null;
}

/**
 * For every fitted text (`.t[data-el]` in a `section.page`, with data-lines and data-min in pt):
 * measures the lines it takes at its design size (from the style sheet); if more than data-lines,
 * finds by bisection the largest inline font-size down to data-min at which it fits, and sets it.
 * Returns what still does not fit at data-min.
 *
 * Self-contained (no imports, no helpers outside its body, no nested named functions) so that its
 * source can be sent to a page through `Runtime.evaluate`: fitTextExpression below.
 *
 * Cost: every text is read once after one layout. Texts with the same element id and the same
 * words (the alliance's name on every page of a batch) are measured once and sized alike; the
 * bisection moves all texts that overflow together, so a batch costs a few layouts, not a few per text.
 */
export function fitTextInDocument(doc: FitDocument): TextOverflow[] {
  const view = doc.defaultView;
  if (!view) return [];
  const pxPerPt = 96 / 72;
  // Sizes closer than this are the same to the eye; the bisection stops there.
  const precisionPt = 0.25;
  const groups = new Map<string, { elements: FitElement[]; pages: number[]; elementId: string; maxLines: number; minPt: number; designPt: number; linePerPt: number }>();
  const sections = doc.querySelectorAll('section.page');
  for (let index = 0; index < sections.length; index += 1) {
    const section = sections[index] as FitElement;
    const page = Number(section.getAttribute('data-page') ?? index);
    const texts = section.querySelectorAll('.t[data-el]');
    for (let at = 0; at < texts.length; at += 1) {
      const element = texts[at] as FitElement;
      // A second run on the same document starts again from the design sizes.
      if (element.getAttribute('style') !== null) element.removeAttribute('style');
      const elementId = element.getAttribute('data-el') ?? '';
      const key = `${elementId}\u0000${element.textContent ?? ''}`;
      const group = groups.get(key);
      if (group) {
        group.elements.push(element);
        group.pages.push(Number.isFinite(page) ? page : index);
        continue;
      }
      groups.set(key, {
        elements: [element],
        pages: [Number.isFinite(page) ? page : index],
        elementId,
        maxLines: Math.max(1, Math.floor(Number(element.getAttribute('data-lines')) || 1)),
        minPt: Number(element.getAttribute('data-min')) || 0,
        designPt: 0,
        linePerPt: 0,
      });
    }
  }
  const all = [...groups.values()];
  // Reads only, after the writes above: one layout.
  const lineCounts = all.map((group) => {
    const first = group.elements[0] as FitElement;
    const style = view.getComputedStyle(first);
    const sizePx = parseFloat(style.fontSize);
    const linePx = parseFloat(style.lineHeight);
    group.designPt = sizePx / pxPerPt;
    // line-height is unitless in the style sheet: a line is this many pt per pt of font size.
    group.linePerPt = Number.isFinite(linePx) && sizePx > 0 ? linePx / sizePx : 1.2;
    return Math.round(first.getBoundingClientRect().height / (group.linePerPt * sizePx));
  });
  let pending = all.flatMap((group, index) => ((lineCounts[index] ?? 0) > group.maxLines ? [{ group, low: Math.min(group.minPt, group.designPt), high: group.designPt }] : []));
  const overflows: TextOverflow[] = [];
  if (pending.length > 0) {
    // At the smallest size first: what does not fit there is reported, the rest is bisected.
    for (const entry of pending) (entry.group.elements[0] as FitElement).setAttribute('style', `font-size:${String(entry.low)}pt`);
    pending = pending.filter((entry) => {
      const lines = Math.round((entry.group.elements[0] as FitElement).getBoundingClientRect().height / (entry.group.linePerPt * entry.low * pxPerPt));
      if (lines <= entry.group.maxLines) return true;
      for (const element of entry.group.elements) element.setAttribute('style', `font-size:${String(entry.low)}pt`);
      for (const page of entry.group.pages) overflows.push({ page, elementId: entry.group.elementId, lines, maxLines: entry.group.maxLines, minSizePt: entry.group.minPt });
      return false;
    });
    let open = pending.filter((entry) => entry.high - entry.low > precisionPt);
    while (open.length > 0) {
      const trials = open.map((entry) => Math.round(((entry.low + entry.high) / 2) * 100) / 100);
      open.forEach((entry, index) => (entry.group.elements[0] as FitElement).setAttribute('style', `font-size:${String(trials[index])}pt`));
      open.forEach((entry, index) => {
        const size = trials[index] ?? entry.low;
        const lines = Math.round((entry.group.elements[0] as FitElement).getBoundingClientRect().height / (entry.group.linePerPt * size * pxPerPt));
        if (lines <= entry.group.maxLines) entry.low = size;
        else entry.high = size;
      });
      open = open.filter((entry) => entry.high - entry.low > precisionPt);
    }
    for (const entry of pending) for (const element of entry.group.elements) element.setAttribute('style', `font-size:${String(entry.low)}pt`);
  }
  return overflows.sort((a, b) => a.page - b.page);
}

/**
 * The expression that runs the fit in a page through the DevTools protocol and returns its
 * overflows as JSON. The function's own source goes to the page; it needs nothing else there.
 */
export const fitTextExpression = `(${fitTextInDocument.toString()})(document)`;

/** An overflow as one of a bridge error's details (DeskError 'text-overflow'), and back. */
export function overflowDetail(overflow: TextOverflow): string {
  return JSON.stringify([overflow.page, overflow.elementId, overflow.lines, overflow.maxLines, overflow.minSizePt]);
}

export function parseOverflowDetail(detail: string): TextOverflow | undefined {
  try {
    const parsed: unknown = JSON.parse(detail);
    if (!Array.isArray(parsed) || parsed.length !== 5) return undefined;
    const [page, elementId, lines, maxLines, minSizePt] = parsed as unknown[];
    if (typeof page !== 'number' || typeof elementId !== 'string' || typeof lines !== 'number' || typeof maxLines !== 'number' || typeof minSizePt !== 'number') return undefined;
    return { page, elementId, lines, maxLines, minSizePt };
  } catch {
    return undefined;
  }
}
