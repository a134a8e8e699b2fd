import type { SaveAsResult } from '../../../shared/bridge/files';
import type { Chart } from '../../../shared/reports/charts';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { reportHtml } from '../../../shared/reports/report-html';
import { desk } from '../../bridge/desk';

/** The bundled fonts as served beside the app; the main process points the PDF at its own copy. */
function fontsBaseUrl(): string {
  return new URL('fonts/', document.baseURI).href;
}

/** `丽水智能制造产教融合共同体2024年度工作报告.pdf`, the title made safe as a file name. */
export function reportFileName(title: string, extension: 'pdf' | 'docx'): string {
  const safe = title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/\s+/g, ' ').trim().slice(0, 180);
  return `${safe || '年度工作报告'}.${extension}`;
}

export function exportReportPdf(report: ReportDocument): Promise<SaveAsResult> {
  return desk.documents.exportPdf({ html: reportHtml(report, fontsBaseUrl()), suggestedName: reportFileName(report.title, 'pdf') });
}

/** A chart's SVG drawn to a PNG at twice its size, for Word processors that show no SVG. */
async function chartPng(chart: Chart): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = chart.width * 2;
    canvas.height = chart.height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the chart');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The chart could not be drawn as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportReportDocx(report: ReportDocument): Promise<SaveAsResult> {
  const pngs = new Map(await Promise.all(report.charts.map(async (chart) => [chart.key, await chartPng(chart)] as const)));
  // docx is loaded on first use, as the plan export does, so it stays out of the start-up bundle.
  const { reportDocx } = await import('../../../shared/reports/report-docx');
  return desk.files.saveAs({
    suggestedName: reportFileName(report.title, 'docx'),
    bytes: await reportDocx(report, pngs),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}
