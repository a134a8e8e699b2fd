import type { IRunOptions, ISectionOptions } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { PlanDocument } from '../../../shared/documents/plan-document';
import { closingIndents, mastheadOf, taskTableHeadings, taskTableTitle } from '../../../shared/documents/plan-document';

/**
 * The plan as a .docx that offices finish in WPS or Word: GB/T 9704-2012 page (A4, margins
 * 37/26/35/28 mm, 22 lines of 28 characters), fonts named as Chinese offices have them so WPS and
 * Word use the real faces (or substitute the nearest one when a machine lacks them).
 */

const twipsPerMm = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * twipsPerMm);

const a4 = { width: mm(210), height: mm(297) };
const margin = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** The type area in twips, as Word computes it from the page and its margins: 8845 × 12756 (156 × 225 mm). */
const typeArea = { width: a4.width - margin.left - margin.right, height: a4.height - margin.top - margin.bottom };

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const size = { title: 44, body: 32, pageNumber: 28, table: 24 };

/**
 * The document grid of official-document templates (Word's 文档网格 “指定行和字符网格”, docGrid
 * linesAndChars): Word fits as many lines as whole line pitches fill the type area, so 22 lines take a
 * pitch of at most 12756 / 22 twips (579, 28.95 pt; 580 leaves room for 21 only).
 */
export const linePitch = Math.floor(typeArea.height / 22);
/**
 * The character pitch is the body size plus charSpace 4096ths of a point, and Word fits as many
 * characters as whole pitches fill the line: 28 need a pitch of at most 442.25 pt / 28 = 15.7946 pt,
 * i.e. charSpace −842 (−0.2056 pt). Rounding to −0.2 pt of run spacing gave 27 a line.
 */
export const charSpace = Math.floor((typeArea.width / 20 / 28 - size.body / 2) * 4096);

/** One character of the 28-character line: 156 mm / 28. */
const characterTwips = mm(156 / 28);

const fonts = {
  fangsong: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  // 方正小标宋简体 is on every office machine that prints official documents; WPS and Word fall back to 宋体 elsewhere.
  title: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  hei: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  song: { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体' },
};

const red = 'E60012';

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: fonts.fangsong, size: size.body, ...options });
}

const grid = { spacing: { line: linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } };

function body(text: string, keepNext = false): Paragraph {
  return new Paragraph({ ...grid, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * characterTwips }, keepNext, children: [run(text)] });
}

function centred(text: string, options: Omit<IRunOptions, 'text'> = {}): Paragraph {
  return new Paragraph({ ...grid, alignment: AlignmentType.CENTER, children: [run(text, options)] });
}

const blank = (keepNext = false): Paragraph => new Paragraph({ ...grid, keepNext, children: [] });

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  const side = alignment === 'right' ? { right: 280 } : { left: 280 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.song, size: size.pageNumber })],
      }),
    ],
  });
}

function masthead(document: PlanDocument): Paragraph[] {
  const masthead = mastheadOf(document);
  if (!masthead) return [];
  const markSize = Math.round(masthead.sizeMm * (72 / 25.4) * 2);
  return [
    new Paragraph({ spacing: { before: mm(35), after: 0 }, alignment: AlignmentType.CENTER, children: [run(masthead.mark, { font: fonts.title, size: markSize, color: red })] }),
    blank(),
    new Paragraph({
      ...grid,
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: red, space: 8 } },
      children: [run(document.documentNumber)],
    }),
    blank(),
    blank(),
  ];
}

function cell(text: string, width: number, options: { header?: boolean; centre?: boolean } = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: lines.map(
      (line) =>
        new Paragraph({
          // 小四 on an 18 pt line: the cells leave the 28.95 pt grid of the text.
          spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          alignment: options.header || options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(line, { size: size.table, ...(options.header ? { font: fonts.hei } : {}) })],
        }),
    ),
  });
}

const columnMm = [12, 33, 55, 30, 34, 31, 30];

function taskTable(document: PlanDocument): Table {
  const widths = columnMm.map(mm);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: taskTableHeadings.map((heading, index) => cell(heading, widths[index] ?? 0, { header: true })) });
  const rows = document.tasks.map((task) => {
    const values = [String(task.number), task.title, task.description, task.leadUnit, task.partnerUnits, task.due, task.indicators];
    return new TableRow({ cantSplit: true, children: values.map((value, index) => cell(value, widths[index] ?? 0, { centre: index === 0 || index === 5 })) });
  });
  return new Table({ width: { size: mm(225), type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

const footers = { default: pageNumberFooter('right'), even: pageNumberFooter('left') };

function textSection(document: PlanDocument): ISectionOptions {
  const indents = closingIndents(document.issuer, document.date);
  const closing = [
    { text: document.issuer, indent: indents.issuer },
    { text: document.date, indent: indents.date },
  ].filter((line) => line.text.length > 0);
  return {
    properties: {
      page: { size: a4, margin: { ...margin, footer: mm(23), header: mm(15) } },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch, charSpace },
    },
    footers,
    children: [
      ...masthead(document),
      centred(document.title, { font: fonts.title, size: size.title }),
      ...document.subtitles.map((line) => centred(line)),
      blank(),
      ...document.sections.flatMap((section, sectionIndex) => [
        new Paragraph({ ...grid, indent: { firstLine: 2 * characterTwips }, keepNext: true, children: [run(`${section.number}${section.heading}`, { font: fonts.hei })] }),
        // The signature never stands alone on a page (GB/T 9704 §7.3.5): the last paragraph goes with it.
        ...section.paragraphs.map((text, index) => body(text, closing.length > 0 && sectionIndex === document.sections.length - 1 && index === section.paragraphs.length - 1)),
      ]),
      ...(closing.length > 0 ? [blank(true)] : []),
      ...closing.map(
        (line, index) =>
          new Paragraph({ ...grid, alignment: AlignmentType.RIGHT, indent: { right: Math.round(line.indent * characterTwips) }, keepNext: index < closing.length - 1, children: [run(line.text)] }),
      ),
    ],
  };
}

function taskSection(document: PlanDocument): ISectionOptions {
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: { size: { ...a4, orientation: PageOrientation.LANDSCAPE }, margin: { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35), footer: mm(15), header: mm(15) } },
    },
    footers,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(taskTableTitle, { font: fonts.title, size: 36 })] }), taskTable(document)],
  };
}

export async function planDocx(document: PlanDocument): Promise<Uint8Array<ArrayBuffer>> {
  const file = new Document({
    creator: '产教联盟工作台 Alliance Desk',
    title: document.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: fonts.fangsong, size: size.body }, paragraph: { spacing: grid.spacing } } },
      // The grid's charSpace counts from the Normal style's size: named there too, for readers (LibreOffice)
      // that take it from the style rather than the document defaults.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: fonts.fangsong, size: size.body }, paragraph: { spacing: grid.spacing } }],
    },
    sections: document.tasks.length > 0 ? [textSection(document), taskSection(document)] : [textSection(document)],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
