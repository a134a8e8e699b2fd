import { escapeHtml } from '../documents/escape';
import { officialStyles } from '../documents/plan-html';
import { fontsLink } from '../documents/render-html';
import { numberedHeading } from './report-document';
import type { ReportDocument } from './report-document';

/**
 * The annual report as a PDF in the action plan's official layout (its page, type and page numbers
 * "— 1 —", plan-html.ts): title, numbered sections, each with its table of figures, then the charts
 * as the same SVG the app shows.
 */
const reportStyles = `
.figures { margin: 2mm 0 calc(225mm / 22); letter-spacing: 0; }
.figures td.value { width: 32mm; text-align: right; font-variant-numeric: tabular-nums; }
.figures td.indent { padding-left: 8mm; }
.figures td.source { width: 45mm; font-size: 10.5pt; }
.chart { break-inside: avoid; text-align: center; margin: 2mm 0 4mm; }
.chart svg { width: 150mm; height: auto; }
.events p { text-indent: 2em; }
`;

export function reportHtml(document: ReportDocument, fontsBaseUrl: string): string {
  const sections = document.sections
    .map((section, index) => {
      const rows = section.rows
        .map(
          (row) =>
            `<tr><td class="${row.indent ? 'indent' : ''}">${escapeHtml(row.label)}</td><td class="value">${String(row.value)}</td>` +
            (section.hasSources ? `<td class="source">${escapeHtml(row.source ?? '')}</td>` : '') +
            '</tr>',
        )
        .join('');
      const body = rows ? `<table class="figures"><tbody>${rows}</tbody></table>` : `<p>${escapeHtml(document.words.none)}</p>`;
      return `<h2>${numberedHeading(index, section.heading)}</h2>${body}`;
    })
    .join('');
  const chartsIndex = document.sections.length;
  // The SVG comes from echarts, which escapes its texts; the labels are vocabulary names and numbers.
  const charts = document.charts.map((chart) => `<div class="chart" role="img" aria-label="${escapeHtml(chart.title)}">${chart.svg}</div>`).join('');
  const events = document.events.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title>` +
    `${fontsLink(fontsBaseUrl)}<style>${officialStyles}${reportStyles}</style></head><body>` +
    `<h1>${escapeHtml(document.title)}</h1><p class="subtitle">${escapeHtml(document.subtitle)}</p><div class="after-title"></div>` +
    `<main>${sections}<h2>${numberedHeading(chartsIndex, document.words.charts)}</h2>${charts}` +
    `<h2>${numberedHeading(chartsIndex + 1, document.words.events)}</h2><section class="events">${events || `<p>${escapeHtml(document.words.none)}</p>`}</section></main></body></html>`
  );
}
