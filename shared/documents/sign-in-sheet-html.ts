import type { EventHeading } from './event-heading';
import { whenAndWhere } from './event-heading';
import { chunked, fittedHtml, mm, pageNumberText, sheetDocumentHtml } from './sheet-html';

/** One line of the sign-in sheet: who is expected. A unit that sends someone unnamed has no name yet. */
export interface SignInRow {
  name: string;
  unit: string;
  position: string;
}

export interface SignInSheetInput {
  heading: EventHeading;
  rows: readonly SignInRow[];
  fontsBaseUrl: string;
}

/**
 * A4 portrait: the heading, then a table of fixed rows 12 mm high (room for a signature), the
 * column heads repeated on every page. Columns in mm, 190 in all: a unit name of 80 characters
 * still fits its cell on two lines at the smallest size.
 */
export const signInLayout = {
  widthMm: 210,
  heightMm: 297,
  leftMm: 10,
  tableTopMm: 64,
  headRowMm: 10,
  rowMm: 12,
  rowsPerPage: 17,
  columns: [
    { key: 'seq', label: '序号', widthMm: 11 },
    { key: 'name', label: '姓名', widthMm: 27 },
    { key: 'unit', label: '单位', widthMm: 94 },
    { key: 'position', label: '职务', widthMm: 28 },
    { key: 'signature', label: '签名', widthMm: 30 },
  ],
} as const;

const tableWidthMm = signInLayout.columns.reduce((sum, column) => sum + column.widthMm, 0);
const grid = signInLayout.columns.map((column) => mm(column.widthMm)).join(' ');

const css = `.head{position:absolute;left:${mm(signInLayout.leftMm)};width:${mm(tableWidthMm)};text-align:center}
.alliance{top:14mm;font-size:13pt;line-height:1.4}
.title{top:21mm;font-size:24pt;font-weight:700;letter-spacing:0.5em;text-indent:0.5em;line-height:1.3}
.event{top:36mm;font-size:15pt;font-weight:700;line-height:1.35}
.meta{top:53.5mm;font-size:11pt;line-height:1.4}
.table{position:absolute;left:${mm(signInLayout.leftMm)};top:${mm(signInLayout.tableTopMm)};width:${mm(tableWidthMm)};border-top:0.3mm solid #222;border-left:0.3mm solid #222}
.row{display:grid;grid-template-columns:${grid};height:${mm(signInLayout.rowMm)}}
.row.th{height:${mm(signInLayout.headRowMm)};background:#eeeeee;font-weight:700;font-size:11pt}
.c{display:flex;align-items:center;justify-content:center;box-sizing:border-box;padding:0 1.2mm;border-right:0.3mm solid #222;border-bottom:0.3mm solid #222;overflow:hidden;min-width:0}
.c>.t{width:100%;text-align:center}
.c>.unit{text-align:left}
.seq{font-size:10pt}
.name{font-size:12pt;line-height:1.2}
.unit{font-size:10.5pt;line-height:1.25}
.position{font-size:10pt;line-height:1.25}
.folio{position:absolute;left:0;width:100%;top:283mm;text-align:center;font-size:9pt;color:#444}`;

function bodyRow(row: SignInRow | undefined, number: number, index: number): string {
  if (!row) return '<div class="row"><div class="c"></div><div class="c"></div><div class="c"></div><div class="c"></div><div class="c"></div></div>';
  return `<div class="row"><div class="c seq">${String(number)}</div><div class="c">${fittedHtml('name', row.name, { id: `name-${String(index + 1)}`, lines: 2, minSizePt: 7 })}</div><div class="c">${fittedHtml('unit', row.unit, { id: `unit-${String(index + 1)}`, lines: 2, minSizePt: 6 })}</div><div class="c">${fittedHtml('position', row.position, { id: `position-${String(index + 1)}`, lines: 2, minSizePt: 7 })}</div><div class="c"></div></div>`;
}

/** The pages the rows take: a sheet always has one, blank rows below the last name for those who come unannounced. */
export function signInPageCount(rowCount: number): number {
  return Math.max(1, Math.ceil(rowCount / signInLayout.rowsPerPage));
}

export function renderSignInSheetHtml(input: SignInSheetInput): { html: string; pages: number } {
  const { heading } = input;
  const runs = chunked(input.rows, signInLayout.rowsPerPage);
  const head = `<div class="row th">${signInLayout.columns.map((column) => `<div class="c">${column.label}</div>`).join('')}</div>`;
  const pages = runs.map((run, pageIndex) => {
    const rows = Array.from({ length: signInLayout.rowsPerPage }, (_, index) => bodyRow(run[index], pageIndex * signInLayout.rowsPerPage + index + 1, index)).join('');
    return [
      fittedHtml('head alliance', heading.allianceName, { id: 'alliance', lines: 1, minSizePt: 9 }),
      '<div class="head title">签到表</div>',
      fittedHtml('head event', heading.eventTitle, { id: 'event', lines: 2, minSizePt: 10 }),
      fittedHtml('head meta', whenAndWhere(heading), { id: 'meta', lines: 1, minSizePt: 8 }),
      `<div class="table">${head}${rows}</div>`,
      `<div class="folio">${pageNumberText(pageIndex, runs.length)}</div>`,
    ].join('');
  });
  const html = sheetDocumentHtml({ title: `${heading.eventTitle} 签到表`, widthMm: signInLayout.widthMm, heightMm: signInLayout.heightMm, fontsBaseUrl: input.fontsBaseUrl, css, pages });
  return { html, pages: pages.length };
}
