import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { Alliance } from '../../../../shared/domain/records';
import type { DocumentAssets } from '../../../../shared/documents/render-html';
import { db } from '../../../db/database';

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('could not read an attachment'));
    reader.readAsDataURL(blob);
  });
}

/** The images a template prints, as data: URLs: the document goes to the main process whole, so it cannot point into this page's blobs. */
/** The alliance's images; its signature where the caller holds the whole record. */
type AllianceImages = Pick<Alliance, 'logo' | 'seal'> & Partial<Pick<Alliance, 'signature'>>;

export async function loadDocumentAssets(template: DocumentTemplate, alliance: AllianceImages | null): Promise<DocumentAssets> {
  const read = async (sha256: string | null | undefined): Promise<string | undefined> => {
    if (!sha256) return undefined;
    const row = await db.attachments.get(sha256);
    return row?.mimeType.startsWith('image/') ? dataUrlOf(row.bytes) : undefined;
  };
  const images: Record<string, string> = {};
  for (const element of template.elements) {
    if (element.type !== 'image' || element.source === 'alliance-logo' || element.source === 'alliance-seal' || element.source === 'alliance-signature') continue;
    const url = await read(element.source);
    if (url) images[element.source] = url;
  }
  return {
    allianceLogo: await read(alliance?.logo),
    allianceSeal: await read(alliance?.seal),
    allianceSignature: await read(alliance?.signature),
    background: await read(template.background),
    images,
  };
}

/** undefined while the images load. Live, so a seal scanned in another window appears. */
export function useDocumentAssets(template: DocumentTemplate | undefined, alliance: AllianceImages | null | undefined): DocumentAssets | undefined {
  const imageKey = template?.elements.map((element) => (element.type === 'image' ? element.source : '')).join(',');
  return useLiveQuery(
    () => (template ? loadDocumentAssets(template, alliance ?? null) : Promise.resolve(undefined)),
    // Only these change the images; the template's other fields do not.
    [template?.id, template?.background, imageKey, alliance?.logo, alliance?.seal, alliance?.signature],
  );
}
