import { randomBytes } from 'node:crypto';
import type { SaveAsRequest } from '../../shared/bridge/files';

export interface StagedDownload {
  url: string;
  fileName: string;
}

interface Staged {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * Browser mode cannot write where the user chooses, so files.saveAs hands the bytes to the
 * browser as a download. They wait here under an unguessable one-time URL for a few minutes.
 */
export function createDownloadStage(lifetimeMs = 10 * 60 * 1000): {
  stage(request: SaveAsRequest): StagedDownload;
  take(token: string): Staged | undefined;
} {
  const staged = new Map<string, Staged>();
  return {
    stage(request) {
      const token = randomBytes(24).toString('base64url');
      staged.set(token, { fileName: request.suggestedName, mimeType: request.mimeType, bytes: request.bytes });
      setTimeout(() => staged.delete(token), lifetimeMs).unref();
      return { url: `/downloads/${token}`, fileName: request.suggestedName };
    },
    take(token) {
      const entry = staged.get(token);
      staged.delete(token);
      return entry;
    },
  };
}

/** RFC 6266 header with an ASCII fallback, so 成员单位证书.pdf keeps its Chinese name. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
