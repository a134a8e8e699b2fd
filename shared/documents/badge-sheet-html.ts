import type { EventHeading } from './event-heading';
import { chunked, fittedHtml, mm, sheetDocumentHtml } from './sheet-html';

/** One badge: the person's name large, their unit, and their role at the event (嘉宾, 专家 …). */
export interface Badge {
  name: string;
  unit: string;
  role: string;
}

export interface BadgeSheetInput {
  heading: Pick<EventHeading, 'eventTitle'>;
  badges: readonly Badge[];
  fontsBaseUrl: string;
  /** The badge holders' size; 90 × 60 mm by default. */
  badgeMm?: { width: number; height: number };
}

const sheet = { widthMm: 210, heightMm: 297 } as const;
/** Room outside the badges for the cut marks (5 mm long, 2 mm clear of the cut). */
const minMarginMm = 12;
const markMm = 5;
const markGapMm = 2;

/** How many badges of a size an A4 sheet holds, and where the grid sits (centred). */
export function badgeGrid(badgeMm: { width: number; height: number } = { width: 90, height: 60 }): { columns: number; rows: number; leftMm: number; topMm: number; perPage: number } {
  const columns = Math.max(1, Math.floor((sheet.widthMm - 2 * minMarginMm) / badgeMm.width));
  const rows = Math.max(1, Math.floor((sheet.heightMm - 2 * minMarginMm) / badgeMm.height));
  return { columns, rows, leftMm: (sheet.widthMm - columns * badgeMm.width) / 2, topMm: (sheet.heightMm - rows * badgeMm.height) / 2, perPage: columns * rows };
}

function badgeCss(width: number, height: number): string {
  return `.badge{position:absolute;width:${mm(width)};height:${mm(height)};overflow:hidden}
.band{position:absolute;left:0;top:0;width:100%;height:${mm(height * 0.22)};background:#b3121b;display:flex;align-items:center;justify-content:center}
.band>.t{width:${mm(width - 6)};color:#ffffff;font-size:9pt;font-weight:700;line-height:1.2;text-align:center}
.name,.unit,.role{position:absolute;left:3mm;width:${mm(width - 6)};text-align:center}
.name{top:${mm(height * 0.3)};font-size:26pt;font-weight:700;line-height:1.2;letter-spacing:0.05em}
.unit{top:${mm(height * 0.55)};font-size:10.5pt;line-height:1.25}
.role{top:${mm(height * 0.78)};font-size:11pt;line-height:1.3;color:#b3121b;letter-spacing:0.3em}
.cut{position:absolute;border:0 solid #000000}
.cut.v{width:0;height:${mm(markMm)};border-left-width:0.2mm}
.cut.h{height:0;width:${mm(markMm)};border-top-width:0.2mm}`;
}

function badgeHtml(badge: Badge, slot: number, eventTitle: string, leftMm: number, topMm: number): string {
  const id = String(slot + 1);
  return `<div class="badge" style="left:${mm(leftMm)};top:${mm(topMm)}"><div class="band">${fittedHtml('event', eventTitle, { id: `event-${id}`, lines: 2, minSizePt: 6 })}</div>${fittedHtml('name', badge.name, { id: `name-${id}`, lines: 1, minSizePt: 12 })}${fittedHtml('unit', badge.unit, { id: `unit-${id}`, lines: 2, minSizePt: 6.5 })}${fittedHtml('role', badge.role, { id: `role-${id}`, lines: 1, minSizePt: 8 })}</div>`;
}

/** Marks outside the grid on every cut line, so a guillotine or a knife finds each edge. */
function cutMarks(grid: ReturnType<typeof badgeGrid>, width: number, height: number): string {
  const marks: string[] = [];
  const right = grid.leftMm + grid.columns * width;
  const bottom = grid.topMm + grid.rows * height;
  for (let column = 0; column <= grid.columns; column += 1) {
    const x = grid.leftMm + column * width;
    marks.push(`<div class="cut v" style="left:${mm(x)};top:${mm(grid.topMm - markGapMm - markMm)}"></div>`, `<div class="cut v" style="left:${mm(x)};top:${mm(bottom + markGapMm)}"></div>`);
  }
  for (let row = 0; row <= grid.rows; row += 1) {
    const y = grid.topMm + row * height;
    marks.push(`<div class="cut h" style="left:${mm(grid.leftMm - markGapMm - markMm)};top:${mm(y)}"></div>`, `<div class="cut h" style="left:${mm(right + markGapMm)};top:${mm(y)}"></div>`);
  }
  return marks.join('');
}

/** A4 sheets of badges, filled row by row, with cut marks; the last sheet holds what is left. */
export function renderBadgeSheetHtml(input: BadgeSheetInput): { html: string; pages: number; perPage: number } {
  const size = input.badgeMm ?? { width: 90, height: 60 };
  const grid = badgeGrid(size);
  const marks = cutMarks(grid, size.width, size.height);
  const pages = chunked(input.badges, grid.perPage).map(
    (run) =>
      marks +
      run
        .map((badge, slot) => {
          const column = slot % grid.columns;
          const row = Math.floor(slot / grid.columns);
          return badgeHtml(badge, slot, input.heading.eventTitle, grid.leftMm + column * size.width, grid.topMm + row * size.height);
        })
        .join(''),
  );
  const html = sheetDocumentHtml({ title: `${input.heading.eventTitle} 胸牌`, widthMm: sheet.widthMm, heightMm: sheet.heightMm, fontsBaseUrl: input.fontsBaseUrl, css: badgeCss(size.width, size.height), pages });
  return { html, pages: pages.length, perPage: grid.perPage };
}
