import type { DocumentTemplate, ImageElement, QrElement, TextElement } from '../domain/documents';
import { qrDataUrl } from '../verification/qr-image';
import { escapeHtml, safeImageUrl } from './escape';
import { frameSvg } from './frames';
import { fontStack } from './font-stack';
import { pageSizeMm } from './page-size';
import type { PlaceholderKey, PlaceholderValues } from './placeholders';
import { resolveContent } from './placeholders';
import { markWordBreaks } from './word-breaks';

/** Where the images of a template come from: data: URLs (or local URLs) the caller already holds. */
export interface DocumentAssets {
  allianceLogo?: string;
  allianceSeal?: string;
  /** The alliance's scanned signature (Alliance.signature). */
  allianceSignature?: string;
  /** The template's background scan (template.background), when it has one. */
  background?: string;
  /** Attachments by sha256, for image elements that name one. */
  images?: Readonly<Record<string, string>>;
}

/**
 * One document: either the values to fill the template with (a new issue), or the texts exactly as
 * printed before (a reprint from the registry, so a renamed unit still reprints as issued).
 */
export type DocumentPage = ({ values: PlaceholderValues; number?: string } | { printedTexts: Readonly<Record<string, string>> }) & {
  /** What the page's QR element holds (shared/verification/qr-image.ts qrContent): the signed code, as issued. */
  qr?: string | null;
};

export interface RenderDocumentsInput {
  template: DocumentTemplate;
  pages: readonly DocumentPage[];
  assets?: DocumentAssets;
  /** URL of the folder holding fonts.css (build/fonts.css and the font folders beside it). */
  fontsBaseUrl: string;
  /** Calibration of a printer for this template: everything printed moves by this much. */
  offsetMm?: { x: number; y: number };
  /** Preview: a preview-only background is shown, and missing fields are marked in place. */
  forPreview: boolean;
}

export interface ElementProblem {
  /** 0-based index into `pages`. */
  page: number;
  elementId: string;
  unknown: string[];
  missing: PlaceholderKey[];
}

export interface RenderedDocuments {
  html: string;
  /** Per page, element id → the text as printed: what the registry keeps (IssuedDocument.printedTexts). */
  printedTexts: Record<string, string>[];
  /** Any element of any page that refers to an unknown placeholder or lacks a value: print nothing then. */
  problems: ElementProblem[];
}

/**
 * Where the on-screen preview finds the bundled fonts (the app's origin, or browser mode's loopback
 * server): a document never reaches out, nor reads a file. The PDF engine's pages add their own,
 * stricter policy (electron/documents/document-site.ts).
 */
export const localSources = "'self' app: http://127.0.0.1:* http://localhost:*";

/** Each falls back through every bundled family (font-stack.ts), so no glyph comes from a font of the machine. */
export const fontFamilies = { serif: fontStack('Noto Serif SC'), kai: fontStack('LXGW WenKai') } as const;

const mm = (value: number): string => `${Math.round(value * 100) / 100}mm`;

/** The texts of one page, element by element, with what is wrong with them. */
export function resolvePageTexts(
  template: DocumentTemplate,
  page: DocumentPage,
): { texts: Record<string, string>; problems: Omit<ElementProblem, 'page'>[] } {
  const texts: Record<string, string> = {};
  const problems: Omit<ElementProblem, 'page'>[] = [];
  const values = 'values' in page ? { ...page.values, ...(page.number === undefined ? {} : { number: page.number }) } : undefined;
  for (const element of template.elements) {
    if (element.type !== 'text') continue;
    if (!values) {
      texts[element.id] = 'printedTexts' in page ? (page.printedTexts[element.id] ?? '') : '';
      continue;
    }
    const resolved = resolveContent(element.content, values);
    if (resolved.ok) texts[element.id] = resolved.text;
    else problems.push({ elementId: element.id, unknown: resolved.unknown, missing: resolved.missing });
  }
  return { texts, problems };
}

/** The placement and type of a text element, once per document in the style sheet. */
function textCss(element: TextElement): string {
  const spacing = element.letterSpacingEm;
  const style = [
    `left:${mm(element.xMm)}`,
    `top:${mm(element.yMm)}`,
    `width:${mm(element.widthMm)}`,
    `font-family:${fontFamilies[element.font]}`,
    `font-size:${element.sizePt}pt`,
    `font-weight:${element.bold ? 700 : 400}`,
    `color:${element.color}`,
    `text-align:${element.align}`,
    `line-height:${element.lineHeight}`,
    // Spaced titles (聘 书) keep their centre: the space after the last character is balanced on the left.
    ...(spacing > 0 ? [`letter-spacing:${spacing}em`, ...(element.align === 'center' ? [`text-indent:${spacing}em`] : [])] : []),
    ...(element.rotation === 180 ? ['transform:rotate(180deg)'] : []),
    ...(element.indentMm ? [`text-indent:${mm(element.indentMm)}`] : []),
  ].join(';');
  return `.e-${element.id}{${style}}`;
}

/** The smallest size a text may shrink to: its own size unless the template allows less. */
export function minimumSizePt(element: Pick<TextElement, 'sizePt' | 'minSizePt'>): number {
  return Math.min(element.minSizePt ?? element.sizePt, element.sizePt);
}

/**
 * The attributes by which the fit (fit-text.ts) finds a text and its box; the design size comes
 * from the style sheet. Texts of other document kinds (ceremony sheets) carry the same.
 */
export function fitAttributes(element: Pick<TextElement, 'id' | 'maxLines' | 'sizePt' | 'minSizePt'>): string {
  return `data-el="${element.id}" data-lines="${String(element.maxLines)}" data-min="${String(minimumSizePt(element))}"`;
}

/** Word boundaries marked once per distinct text of a batch: the alliance's name is on every page. */
type WordMarks = (text: string) => string;

function wordMarks(): WordMarks {
  const known = new Map<string, string>();
  return (text) => {
    let html = known.get(text);
    if (html === undefined) {
      html = markWordBreaks(text);
      known.set(text, html);
    }
    return html;
  };
}

function textHtml(element: TextElement, text: string | undefined, missingMark: string | undefined, marks: WordMarks): string {
  const body = text === undefined ? `<span class="missing">${escapeHtml(missingMark ?? '')}</span>` : marks(text);
  return `<div class="t e-${element.id}" ${fitAttributes(element)}>${body}</div>`;
}

function imageHtml(element: ImageElement, assets: DocumentAssets, forPreview: boolean): string {
  const source =
    element.source === 'alliance-logo'
      ? assets.allianceLogo
      : element.source === 'alliance-seal'
        ? assets.allianceSeal
        : element.source === 'alliance-signature'
          ? assets.allianceSignature
          : assets.images?.[element.source];
  const url = safeImageUrl(source);
  const box = `left:${mm(element.xMm)};top:${mm(element.yMm)};width:${mm(element.widthMm)};height:${mm(element.heightMm)}`;
  if (url) return `<img class="i" alt="" src="${escapeHtml(url)}" style="${box};opacity:${element.opacity}">`;
  // Without the image (no seal scanned yet) the office stamps by hand: the preview shows where.
  return forPreview ? `<div class="i slot" style="${box}">${element.source === 'alliance-seal' ? '盖章处' : ''}</div>` : '';
}

function qrHtml(element: QrElement, content: string | null | undefined, forPreview: boolean): string {
  const box = `left:${mm(element.xMm)};top:${mm(element.yMm)};width:${mm(element.sizeMm)};height:${mm(element.sizeMm)}`;
  if (content) return `<img class="i qr" alt="" src="${escapeHtml(qrDataUrl(content))}" style="${box}">`;
  // Before issuing there is no signature yet: the preview shows where the code will be.
  return forPreview ? `<div class="i slot qr-slot" style="${box}">二维码</div>` : '';
}

const baseCss = `html,body{margin:0;padding:0}
/* contain:strict keeps each page's layout and paint to itself: 4x less work for a 500-page batch. */
/* No synthesized bold: the rare-character face has none, and Chromium prints a bold it makes itself
   as an unembedded Type 3 font; a bold name takes that face's regular glyph instead. */
.page{position:relative;overflow:hidden;contain:strict;break-after:page;page-break-after:always;font-synthesis:none}
.page:last-child{break-after:auto;page-break-after:auto}
.frame,.bg{position:absolute;left:0;top:0;width:100%;height:100%}
.frame{background-size:100% 100%;background-repeat:no-repeat}
.bg{object-fit:fill}
.content{position:absolute;left:0;top:0}
/* Lines break only where the HTML marks a word boundary (<wbr>), at spaces and at punctuation; a
   single word wider than its box still breaks rather than running off the page. */
.t{position:absolute;white-space:pre-wrap;word-break:keep-all;overflow-wrap:break-word;margin:0}
.i{position:absolute;object-fit:contain}
.qr{image-rendering:pixelated}
.slot{box-sizing:border-box;border:0.3mm dashed #c33;border-radius:50%;color:#c33;font:9pt 'Noto Serif SC';display:flex;align-items:center;justify-content:center}
.qr-slot{border-radius:0}
.missing{color:#c00;background:#fee;outline:0.3mm dashed #c00}`;

/**
 * The bundled fonts (fonts.css), as every document names them: the preview loads them from the
 * renderer's URL; the main process replaces the link with the faces the document needs, from its
 * own folder (electron/documents/font-faces.ts).
 */
export function fontsLink(fontsBaseUrl: string): string {
  return `<link rel="stylesheet" data-fonts href="${escapeHtml(fontsBaseUrl.replace(/\/+$/, ''))}/fonts.css">`;
}

/** Only the link in the head can match: user texts are escaped, so none of them holds a `<link`. */
export const fontsLinkPattern = /<link rel="stylesheet" data-fonts href="[^"]*">/;

/**
 * How every page begins; each carries its index in the batch as data-page, so a text that does not
 * fit is named by its page in the batch even when a run of pages is laid out on its own.
 */
const pageStart = '<section class="page"';

/**
 * The same documents as up to `parts` whole HTML documents of consecutive pages, each with the
 * same head. Each page is a document on its own sheet, so the parts can be laid out by separate
 * renderers at once and their PDFs joined in order. A part gets at least `minPagesPerPart` pages:
 * below that, a second renderer costs more than it saves. HTML not made by renderDocumentsHtml (an
 * action plan, whose pages flow and are numbered on) stays whole. User texts are escaped, so no
 * text holds the page markup this splits at.
 */
export function splitDocumentsHtml(html: string, parts: number, minPagesPerPart = 50): string[] {
  return documentRuns(html, { lanes: parts, minPagesPerRun: minPagesPerPart }).map((run) => run.html);
}

/** Consecutive documents of a batch as one HTML document of their own, and how many they are. */
export interface DocumentRun {
  html: string;
  documents: number;
}

export interface DocumentRunsOptions {
  /** Renderers that lay runs out at once: at least this many runs where each gets `minPagesPerRun`. */
  lanes: number;
  /** Below this a run costs a renderer more than it saves. */
  minPagesPerRun?: number;
  /**
   * At most this many pages a run: Chromium's layout of one document grows faster than its page
   * count, so thousands of pages are laid out in runs of bounded size and joined.
   */
  maxPagesPerRun?: number;
}

/**
 * The batch as runs of consecutive pages (splitDocumentsHtml), as many as the lanes and the
 * largest run allow, of sizes differing by at most one page. HTML that is not a batch of pages is
 * one run of one document.
 */
export function documentRuns(html: string, options: DocumentRunsOptions): DocumentRun[] {
  const bodyStart = html.indexOf(`<body>${pageStart}`);
  const bodyEnd = html.lastIndexOf('</body></html>');
  if (bodyStart < 0 || bodyEnd < bodyStart) return [{ html, documents: 1 }];
  const head = html.slice(0, bodyStart + '<body>'.length);
  const pages = html.slice(head.length + pageStart.length, bodyEnd).split(`\n${pageStart}`);
  const byLanes = Math.min(Math.floor(options.lanes), Math.floor(pages.length / (options.minPagesPerRun ?? 50)));
  const count = Math.max(byLanes, Math.ceil(pages.length / (options.maxPagesPerRun ?? Infinity)));
  if (count < 2) return [{ html, documents: pages.length }];
  return Array.from({ length: count }, (_, index) => {
    const from = Math.round((index * pages.length) / count);
    const to = Math.round(((index + 1) * pages.length) / count);
    return { html: `${head}${pageStart}${pages.slice(from, to).join(`\n${pageStart}`)}</body></html>`, documents: to - from };
  });
}

/**
 * The documents as one HTML string, one page per document, in CSS paged media: the preview
 * (a sandboxed iframe), the PDF and the printout are this same HTML. Pure: no DOM, no I/O.
 */
export function renderDocumentsHtml(input: RenderDocumentsInput): RenderedDocuments {
  const { template, forPreview } = input;
  const assets = input.assets ?? {};
  const { widthMm, heightMm } = pageSizeMm(template);
  const offset = input.offsetMm ?? { x: 0, y: 0 };
  // The frame as an SVG image named once in the style sheet: one decoded picture shared by every
  // page, where inline SVG would be laid out per page and a data URL per page parsed per page.
  const frameMarkup = frameSvg(template.frame, widthMm, heightMm);
  const frame = frameMarkup ? '<div class="frame"></div>' : '';
  const frameCss = frameMarkup ? `.frame{background-image:url("data:image/svg+xml,${encodeURIComponent(frameMarkup)}")}` : '';
  const backgroundUrl = template.background && (forPreview || template.backgroundMode === 'printed') ? safeImageUrl(assets.background) : undefined;
  const background = backgroundUrl ? `<img class="bg" alt="" src="${escapeHtml(backgroundUrl)}" style="width:${mm(widthMm)};height:${mm(heightMm)}">` : '';
  const printedTexts: Record<string, string>[] = [];
  const problems: ElementProblem[] = [];
  const marks = wordMarks();
  const pages = input.pages.map((page, index) => {
    const resolved = resolvePageTexts(template, page);
    printedTexts.push(resolved.texts);
    for (const problem of resolved.problems) problems.push({ page: index, ...problem });
    const elements = template.elements.map((element) => {
      if (element.type === 'image') return imageHtml(element, assets, forPreview);
      if (element.type === 'qr') return qrHtml(element, page.qr, forPreview);
      const problem = resolved.problems.find((candidate) => candidate.elementId === element.id);
      const mark = problem ? [...problem.unknown, ...problem.missing].map((key) => `{${key}}`).join(' ') : undefined;
      return textHtml(element, resolved.texts[element.id], forPreview ? mark : '', marks);
    });
    // The frame belongs to the sheet in the preview of pre-printed paper; on plain paper it moves with the print.
    return `${pageStart} data-page="${String(index)}">${background}<div class="content">${frame}${elements.join('')}</div></section>`;
  });
  const size = `width:${mm(widthMm)};height:${mm(heightMm)}`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline' ${localSources}; font-src ${localSources} data:; img-src data: blob:">
<title>${escapeHtml(template.name)}</title>
${fontsLink(input.fontsBaseUrl)}
<style>@page{size:${mm(widthMm)} ${mm(heightMm)};margin:0}
${baseCss}
.page,.content{${size}}
.content{left:${mm(offset.x)};top:${mm(offset.y)}}
${frameCss}
${template.elements.flatMap((element) => (element.type === 'text' ? [textCss(element)] : [])).join('\n')}</style></head><body>${pages.join('\n')}</body></html>`;
  return { html, printedTexts, problems };
}
