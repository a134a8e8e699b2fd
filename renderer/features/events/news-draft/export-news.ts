import type { SaveAsResult } from '../../../../shared/bridge/files';
import type { NewsPhoto } from '../../../../shared/reports/news-docx';
import type { NewsDraft } from '../../../../shared/reports/news-draft';
import { desk } from '../../../bridge/desk';
import { db } from '../../../db/database';

/** `丽水智能制造产教融合共同体成立启动仪式（新闻稿）.docx`, the title made safe as a file name. */
export function newsFileName(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/\s+/g, ' ').trim().slice(0, 170);
  return `${safe || '新闻稿'}（新闻稿）.docx`;
}

export async function exportNewsDocx(draft: NewsDraft): Promise<SaveAsResult> {
  const photos = new Map<string, NewsPhoto>();
  for (const block of draft.blocks) {
    if (block.kind !== 'photo') continue;
    const attachment = await db.attachments.get(block.sha256);
    if (attachment) photos.set(block.sha256, { bytes: new Uint8Array(await attachment.bytes.arrayBuffer()), mimeType: attachment.mimeType });
  }
  // docx is loaded on first use, as the plan export does, so it stays out of the start-up bundle.
  const { newsDocx } = await import('../../../../shared/reports/news-docx');
  return desk.files.saveAs({
    suggestedName: newsFileName(draft.title),
    bytes: await newsDocx(draft, photos),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}
