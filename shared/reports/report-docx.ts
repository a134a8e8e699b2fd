import { AlignmentType, BorderStyle, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportDocument } from './report-document';
import { numberedHeading } from './report-document';

/**
 * The annual report as a .docx that the office finishes in WPS or Word: the same title, numbered
 * sections and tables of figures as the PDF, the charts as the same SVG (with a PNG for readers
 * that show no SVG), and the year's work pre-filled with each event (date, title, place) followed by
 * a paragraph left for the office to write. A4 with the official margins, page numbers "— 1 —".
 */

const twipsPerMm = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * twipsPerMm);
const fonts = {
  fangsong: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  title: { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  hei: { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  kai: { eastAsia: '楷体_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' },
  song: { eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体' },
};
/** Half-points: 二号 title, 三号 body, 小四 tables. */
const size = { title: 44, body: 32, table: 24, pageNumber: 28 };
const line = { line: 579, lineRule: 'exact' as const, before: 0, after: 0 };

/** The PNG of each chart, drawn from its SVG (the renderer draws it; Word without SVG shows it). */
export type ChartPngs = ReadonlyMap<string, Uint8Array>;

const run = (text: string, options: { font?: (typeof fonts)[keyof typeof fonts]; size?: number } = {}): TextRun => new TextRun({ text, font: options.font ?? fonts.fangsong, size: options.size ?? size.body });
const heading = (text: string): Paragraph => new Paragraph({ spacing: line, indent: { firstLine: mm(11.1) }, keepNext: true, children: [run(text, { font: fonts.hei })] });
const body = (text: string, font = fonts.fangsong): Paragraph => new Paragraph({ spacing: line, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(11.1) }, children: [run(text, { font })] });

function cell(text: string, widthMm: number, align: 'left' | 'right', indent = false): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [new Paragraph({ alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, indent: indent ? { left: mm(6) } : undefined, children: [run(text, { size: size.table })] })],
  });
}

function figureTable(section: ReportDocument['sections'][number]): Table {
  const widths = section.hasSources ? [80, 30, 46] : [120, 36];
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  return new Table({
    width: { size: mm(156), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: section.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.label, widths[0] ?? 0, 'left', row.indent), cell(String(row.value), widths[1] ?? 0, 'right'), ...(section.hasSources ? [cell(row.source ?? '', widths[2] ?? 0, 'left')] : [])],
        }),
    ),
  });
}

export async function reportDocx(document: ReportDocument, pngs: ChartPngs): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const chartWidthPx = Math.round((150 / 25.4) * 96);
  const sections = document.sections.flatMap((section, index) => [
    heading(numberedHeading(index, section.heading)),
    section.rows.length > 0 ? figureTable(section) : body(document.words.none),
    new Paragraph({ spacing: line, children: [] }),
  ]);
  const chartIndex = document.sections.length;
  const charts = document.charts.flatMap((chart) => {
    const png = pngs.get(chart.key);
    if (!png) return [body(chart.title)];
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'svg',
            data: encoder.encode(chart.svg),
            fallback: { type: 'png', data: png },
            transformation: { width: chartWidthPx, height: Math.round((chartWidthPx * chart.height) / chart.width) },
            altText: { name: chart.title, title: chart.title, description: chart.title },
          }),
        ],
      }),
    ];
  });
  const events =
    document.events.length > 0
      ? document.events.flatMap((text, index) => [body(`（${numberedHeading(index, '').replace('、', '')}）${text}`, fonts.kai), body(document.words.write)])
      : [body(document.words.none)];
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts.song, size: size.pageNumber })] })] });
  const file = new Document({
    creator: '产教联盟工作台 Alliance Desk',
    title: document.title,
    styles: { default: { document: { run: { font: fonts.fangsong, size: size.body } } } },
    sections: [
      {
        properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(23) } } },
        footers: { default: footer },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: line, children: [run(document.title, { font: fonts.title, size: size.title })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: line, children: [run(document.subtitle)] }),
          new Paragraph({ spacing: line, children: [] }),
          ...sections,
          heading(numberedHeading(chartIndex, document.words.charts)),
          ...charts,
          heading(numberedHeading(chartIndex + 1, document.words.events)),
          ...events,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
