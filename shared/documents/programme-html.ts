import type { AgendaItem } from '../domain/records';
import type { EventHeading } from './event-heading';
import { whenAndWhere } from './event-heading';
import { chunked, fittedHtml, mm, pageNumberText, sheetDocumentHtml } from './sheet-html';

export interface ProgrammeInput {
  heading: EventHeading;
  agenda: readonly AgendaItem[];
  fontsBaseUrl: string;
}

/** A4 portrait: the heading, then one row 15 mm high per agenda item (title on up to two lines). */
export const programmeLayout = {
  widthMm: 210,
  heightMm: 297,
  leftMm: 10,
  tableTopMm: 66,
  headRowMm: 10,
  rowMm: 15,
  rowsPerPage: 13,
  columns: [
    { label: '时间', widthMm: 28 },
    { label: '议程', widthMm: 112 },
    { label: '主持 / 发言', widthMm: 50 },
  ],
} as const;

/**
 * The items in the order they happen: by time, items at the same time kept in the order entered
 * (HH:MM strings sort as times).
 */
export function agendaInTimeOrder(agenda: readonly AgendaItem[]): AgendaItem[] {
  return agenda
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.time.localeCompare(b.item.time) || a.index - b.index)
    .map(({ item }) => item);
}

const tableWidthMm = programmeLayout.columns.reduce((sum, column) => sum + column.widthMm, 0);
const grid = programmeLayout.columns.map((column) => mm(column.widthMm)).join(' ');

const css = `.head{position:absolute;left:${mm(programmeLayout.leftMm)};width:${mm(tableWidthMm)};text-align:center}
.alliance{top:14mm;font-size:13pt;line-height:1.4}
.event{top:23mm;font-size:20pt;font-weight:700;line-height:1.35}
.subtitle{top:44mm;font-size:16pt;font-weight:700;letter-spacing:0.5em;text-indent:0.5em;line-height:1.4}
.meta{top:54mm;font-size:11pt;line-height:1.4}
.table{position:absolute;left:${mm(programmeLayout.leftMm)};top:${mm(programmeLayout.tableTopMm)};width:${mm(tableWidthMm)};border-top:0.5mm solid #b3121b}
.row{display:grid;grid-template-columns:${grid};height:${mm(programmeLayout.rowMm)};border-bottom:0.2mm solid #999}
.row.th{height:${mm(programmeLayout.headRowMm)};font-weight:700;font-size:12pt;letter-spacing:0.2em;border-bottom:0.3mm solid #b3121b}
.c{display:flex;align-items:center;box-sizing:border-box;padding:0 2mm;overflow:hidden;min-width:0}
.th>.c{justify-content:center}
.c>.t{width:100%}
.time{font-size:12pt;line-height:1.3;text-align:center}
.item{font-size:12pt;line-height:1.3}
.speaker{font-size:11pt;line-height:1.3}
.folio{position:absolute;left:0;width:100%;top:283mm;text-align:center;font-size:9pt;color:#444}`;

function itemRow(item: AgendaItem, index: number): string {
  const number = String(index + 1);
  return `<div class="row"><div class="c">${fittedHtml('time', item.time, { id: `time-${number}`, lines: 1, minSizePt: 8 })}</div><div class="c">${fittedHtml('item', item.title, { id: `item-${number}`, lines: 2, minSizePt: 8 })}</div><div class="c">${fittedHtml('speaker', item.speaker, { id: `speaker-${number}`, lines: 2, minSizePt: 7 })}</div></div>`;
}

export function renderProgrammeHtml(input: ProgrammeInput): { html: string; pages: number } {
  const { heading } = input;
  const runs = chunked(agendaInTimeOrder(input.agenda), programmeLayout.rowsPerPage);
  const head = `<div class="row th">${programmeLayout.columns.map((column) => `<div class="c">${column.label}</div>`).join('')}</div>`;
  const pages = runs.map((run, pageIndex) =>
    [
      fittedHtml('head alliance', heading.allianceName, { id: 'alliance', lines: 1, minSizePt: 9 }),
      fittedHtml('head event', heading.eventTitle, { id: 'event', lines: 2, minSizePt: 12 }),
      '<div class="head subtitle">会议议程</div>',
      fittedHtml('head meta', whenAndWhere(heading), { id: 'meta', lines: 1, minSizePt: 8 }),
      `<div class="table">${head}${run.map(itemRow).join('')}</div>`,
      // A one-page programme is not numbered: there is nothing to put back in order.
      runs.length > 1 ? `<div class="folio">${pageNumberText(pageIndex, runs.length)}</div>` : '',
    ].join(''),
  );
  const html = sheetDocumentHtml({ title: `${heading.eventTitle} 会议议程`, widthMm: programmeLayout.widthMm, heightMm: programmeLayout.heightMm, fontsBaseUrl: input.fontsBaseUrl, css, pages });
  return { html, pages: pages.length };
}
