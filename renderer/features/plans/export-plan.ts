import type { SaveAsResult } from '../../../shared/bridge/files';
import type { PlanSource } from '../../../shared/documents/plan-document';
import { planDocument } from '../../../shared/documents/plan-document';
import { planHtml } from '../../../shared/documents/plan-html';
import { desk } from '../../bridge/desk';

/** The bundled fonts as served beside the app; the main process points the PDF at its own copy. */
function fontsBaseUrl(): string {
  return new URL('fonts/', document.baseURI).href;
}

/** `丽水智能制造产教融合共同体三年行动计划（2024—2026年）.pdf`: the title, made safe as a file name. */
export function planFileName(title: string, extension: 'pdf' | 'docx'): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 180);
  return `${safe || '行动计划'}.${extension}`;
}

export function exportPlanPdf(source: PlanSource): Promise<SaveAsResult> {
  return desk.documents.exportPdf({ html: planHtml(source, fontsBaseUrl()), suggestedName: planFileName(source.plan.title, 'pdf') });
}

export async function exportPlanDocx(source: PlanSource): Promise<SaveAsResult> {
  // docx is loaded on first use, like exceljs, so it stays out of the app's start-up bundle.
  const { planDocx } = await import('./plan-docx');
  const bytes = await planDocx(planDocument(source));
  return desk.files.saveAs({
    suggestedName: planFileName(source.plan.title, 'docx'),
    bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}
