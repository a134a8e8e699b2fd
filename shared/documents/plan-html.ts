import { escapeHtml } from './escape';
import { fontStack } from './font-stack';
import { fontsLink } from './render-html';
import type { PlanDocument, PlanSource } from './plan-document';
import { closingIndents, mastheadOf, planDocument, taskTableHeadings, taskTableTitle } from './plan-document';
import { samplePlanSource } from './plan-sample';

/**
 * An action plan as a Chinese official document (GB/T 9704-2012): A4, margins 37/26/35/28 mm
 * (type area 156 × 225 mm), 22 lines of 28 characters at 三号 (16 pt), title at 二号 (22 pt)
 * centred, headings 一、二、…, page numbers "— 1 —" in 四号 at the foot, odd pages right, even
 * pages left. The task table follows on landscape pages of its own with its header repeated.
 *
 * The document uses only the bundled faces, each falling back through the others (font-stack.ts):
 * 'Noto Serif SC' for the title, masthead and page numbers, 'Noto Sans SC' (思源黑体, a 黑体) for the
 * first-level headings 一、二、… and the table header as GB/T 9704 asks, and 'LXGW WenKai' in the body
 * standing in for 仿宋: no open-licensed Simplified Chinese 仿宋 is published on the npm registry or in
 * Debian (Debian's only one, cwTeX 仿宋, is GPL and holds traditional characters only: no 业, 个 or 为).
 */
const serif = fontStack('Noto Serif SC');
const hei = fontStack('Noto Sans SC');


/** One grid line: 225 mm / 22 ≈ 28.99 pt, so 22 lines fill the type area. */
const line = 'calc(225mm / 22)';
/** Spacing that makes 28 characters of 16 pt fill the 156 mm line (≈ −0.21 pt). */
const tracking = 'calc(156mm / 28 - 16pt)';
const pageNumber = `content: "— " counter(page) " —"; font: 14pt/1 ${serif}; vertical-align: top; padding-top: 4.5mm;`;

/** The page, type and table of the official layout, which the annual report (shared/reports/report-html.ts) shares. */
export const officialStyles = `
@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }
@page tasks { size: 297mm 210mm; margin: 28mm 35mm 26mm 37mm; }
@page :right { @bottom-right { ${pageNumber} text-align: right; padding-right: 14pt; } }
@page :left { @bottom-left { ${pageNumber} text-align: left; padding-left: 14pt; } }
html { font-family: ${fontStack('LXGW WenKai')}; font-size: 16pt; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; line-height: ${line}; letter-spacing: ${tracking}; orphans: 2; widows: 2; }
.masthead { padding-top: 35mm; text-align: center; }
.issuer { font-family: ${serif}; font-weight: 700; color: #e60012; line-height: 1.2; letter-spacing: 0.05em; white-space: nowrap; }
.number { margin-top: calc(${line} * 2); }
.rule { height: 0; margin: 4mm 0 calc(${line} * 2); border-top: 1mm solid #e60012; }
h1 { margin: 0; font: 700 22pt/${line} ${serif}; letter-spacing: 0; text-align: center; text-wrap: balance; }
.subtitle { margin: 0; text-align: center; }
.after-title { height: ${line}; }
h2 { margin: 0; font: 500 16pt/${line} ${hei}; letter-spacing: ${tracking}; text-indent: 2em; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.closing { margin-top: ${line}; break-inside: avoid; break-before: avoid; }
.closing p { text-indent: 0; text-align: right; }
.tasks { page: tasks; break-before: page; letter-spacing: 0; }
.tasks h2 { font-size: 18pt; text-indent: 0; text-align: center; margin-bottom: 4mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12pt; line-height: 1.5; }
thead { display: table-header-group; }
th { font-family: ${hei}; font-weight: 500; }
th, td { border: 0.75pt solid #000; padding: 1.5mm 2mm; vertical-align: middle; overflow-wrap: anywhere; }
td { text-align: left; }
td.center { text-align: center; }
tr { break-inside: avoid; }
.lines { white-space: pre-line; }
`;

const columnWidths = ['12mm', '33mm', '55mm', '30mm', '34mm', '31mm', '30mm'];

function mastheadHtml(document: PlanDocument): string {
  const masthead = mastheadOf(document);
  if (!masthead) return '';
  const number = document.documentNumber ? `<div class="number">${escapeHtml(document.documentNumber)}</div>` : '';
  return `<header class="masthead"><div class="issuer" style="font-size:${masthead.sizeMm.toFixed(2)}mm">${escapeHtml(masthead.mark)}</div>${number}<div class="rule"></div></header>`;
}

function closingHtml(document: PlanDocument): string {
  const indents = closingIndents(document.issuer, document.date);
  const lines = [
    { text: document.issuer, indent: indents.issuer },
    { text: document.date, indent: indents.date },
  ].filter((line) => line.text.length > 0);
  if (lines.length === 0) return '';
  return `<div class="closing">${lines.map((line) => `<p style="padding-right:${String(line.indent)}em">${escapeHtml(line.text)}</p>`).join('')}</div>`;
}

function tasksHtml(document: PlanDocument): string {
  if (document.tasks.length === 0) return '';
  const columns = columnWidths.map((width) => `<col style="width:${width}">`).join('');
  const head = taskTableHeadings.map((heading) => `<th>${heading}</th>`).join('');
  const rows = document.tasks
    .map(
      (task) =>
        `<tr><td class="center">${String(task.number)}</td><td>${escapeHtml(task.title)}</td><td class="lines">${escapeHtml(task.description)}</td>` +
        `<td>${escapeHtml(task.leadUnit)}</td><td>${escapeHtml(task.partnerUnits)}</td><td class="center">${escapeHtml(task.due)}</td><td class="lines">${escapeHtml(task.indicators)}</td></tr>`,
    )
    .join('');
  return `<section class="tasks"><h2>${taskTableTitle}</h2><table><colgroup>${columns}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function planDocumentHtml(document: PlanDocument, fontsBaseUrl: string): string {
  const subtitles = document.subtitles.map((text) => `<p class="subtitle">${escapeHtml(text)}</p>`).join('');
  const sections = document.sections
    .map((section) => `<h2>${section.number}${escapeHtml(section.heading)}</h2>${section.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}`)
    .join('');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title>` +
    `${fontsLink(fontsBaseUrl)}<style>${officialStyles}</style></head><body>` +
    `${mastheadHtml(document)}<h1>${escapeHtml(document.title)}</h1>${subtitles}<div class="after-title"></div>` +
    `<main>${sections}</main>${closingHtml(document)}${tasksHtml(document)}</body></html>`
  );
}

/** The plan's HTML: the same string is previewed, rendered to PDF and printed. */
export function planHtml(source: PlanSource, fontsBaseUrl: string): string {
  return planDocumentHtml(planDocument(source), fontsBaseUrl);
}

/** A realistic plan of `taskCount` tasks (30 by default), for the PDF benchmark and tests. */
export function samplePlanHtml(fontsBaseUrl: string, taskCount = 30): string {
  return planHtml(samplePlanSource(taskCount), fontsBaseUrl);
}
