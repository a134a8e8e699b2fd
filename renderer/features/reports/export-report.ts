import type { SaveAsResult } from '../../../shared/bridge/files';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { reportHtml } from '../../../shared/reports/report-html';
import { desk } from '../../bridge/desk';
import { bundledFontLoader, chartPng } from './chart-png';

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

/** Read once per session: the charts' PNGs inline the bundled font slices they draw. */
let fonts: ReturnType<typeof bundledFontLoader> | undefined;

export async function exportReportDocx(report: ReportDocument): Promise<SaveAsResult> {
  const pngs = new Map(await Promise.all(report.charts.map(async (chart) => [chart.key, await chartPng(chart, (fonts ??= bundledFontLoader(fontsBaseUrl())))] as const)));
  // docx is loaded on first use, as the plan export does, so it stays out of the start-up bundle.
  const { reportDocx } = await import('../../../shared/reports/report-docx');
  return desk.files.saveAs({
    suggestedName: reportFileName(report.title, 'docx'),
    bytes: await reportDocx(report, pngs),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}
