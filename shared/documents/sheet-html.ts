import { escapeHtml } from './escape';
import { fontFamilies, fontsLink, localSources } from './render-html';
import { markWordBreaks } from './word-breaks';

/**
 * What the event's list documents (sign-in sheet, programme, badge sheet) share: one HTML
 * document of fixed pages in CSS paged media, the same head, CSP and bundled fonts as the
 * licences of render-html.ts, and text marked for the fit of fit-text.ts (class `t`, data-el /
 * data-lines / data-min, a unitless line-height, word boundaries as <wbr>). Pure: no DOM, no I/O.
 */

export const mm = (value: number): string => `${Math.round(value * 100) / 100}mm`;

/** How one fitted text may grow: the lines it may take and the smallest size it may shrink to. */
export interface FitBox {
  /** Unique within a page: the fit reports an overflow by page and this id. */
  id: string;
  lines: number;
  minSizePt: number;
}

/** A fitted text: its design size comes from the class's CSS, the fit shrinks it inline when it overflows. */
export function fittedHtml(className: string, text: string, box: FitBox): string {
  return `<div class="t ${className}" data-el="${escapeHtml(box.id)}" data-lines="${String(box.lines)}" data-min="${String(box.minSizePt)}">${markWordBreaks(text)}</div>`;
}

/** `第 2 页 / 共 3 页`: what a stack of printed sheets is put back in order by. */
export function pageNumberText(index: number, count: number): string {
  return `第 ${String(index + 1)} 页 / 共 ${String(count)} 页`;
}

/** `items` in runs of `size` (at least one run, so an empty list still prints a blank sheet). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += size) runs.push(items.slice(start, start + size));
  return runs.length > 0 ? runs : [[]];
}

export interface SheetDocumentInput {
  title: string;
  widthMm: number;
  heightMm: number;
  /** URL of the folder holding fonts.css. */
  fontsBaseUrl: string;
  /** The document's own rules, after the shared ones. */
  css: string;
  /** The inner HTML of each page, in order. */
  pages: readonly string[];
}

const baseCss = `html,body{margin:0;padding:0}
/* The rare-character face has no bold: a bold name takes its regular glyph rather than one Chromium
   emboldens itself, which prints as an unembedded Type 3 font. */
.page{position:relative;overflow:hidden;contain:strict;break-after:page;page-break-after:always;font-family:${fontFamilies.serif};color:#1a1a1a;font-synthesis:none}
.page:last-child{break-after:auto;page-break-after:auto}
.t{margin:0;white-space:pre-wrap;word-break:keep-all;overflow-wrap:break-word}`;

/** The whole document: one `section.page` per page, each of the given size. */
export function sheetDocumentHtml(input: SheetDocumentInput): string {
  const size = `width:${mm(input.widthMm)};height:${mm(input.heightMm)}`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline' ${localSources}; font-src ${localSources} data:; img-src ${localSources} data: blob:">
<title>${escapeHtml(input.title)}</title>
${fontsLink(input.fontsBaseUrl)}
<style>@page{size:${mm(input.widthMm)} ${mm(input.heightMm)};margin:0}
${baseCss}
.page{${size}}
${input.css}</style></head><body>${input.pages.map((page) => `<section class="page">${page}</section>`).join('\n')}</body></html>`;
}
