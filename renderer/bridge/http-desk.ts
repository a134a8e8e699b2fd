import type { DeskApi } from '../../shared/bridge/desk-api';
import { buildDeskApi } from '../../shared/bridge/desk-api';
import type { BridgeResult } from '../../shared/bridge/result';
import type { BridgeEnvelope } from '../../shared/bridge/wire';
import { decodeWire, encodeWire } from '../../shared/bridge/wire';

function startDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** `window.desk` for browser mode: the same contract, carried over HTTP to the local Node process. */
export function createHttpDesk(): DeskApi {
  return buildDeskApi(async (channel, request): Promise<BridgeResult<unknown>> => {
    let response: Response;
    try {
      response = await fetch(`/bridge/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: encodeWire(request),
      });
    } catch (error) {
      return { ok: false, error: { code: 'unavailable', message: `The local service did not answer: ${String(error)}` } };
    }
    if (!response.ok) {
      const code = response.status === 401 || response.status === 403 ? 'forbidden' : 'unavailable';
      return { ok: false, error: { code, message: `${response.status} ${await response.text()}` } };
    }
    const envelope = decodeWire(await response.text()) as BridgeEnvelope;
    for (const download of envelope.downloads) startDownload(download.url, download.fileName);
    return envelope.result as BridgeResult<unknown>;
  });
}
