import { ImportFileError } from './import-errors';
import { readXlsx } from './read-xlsx';
import type { XlsxReply, XlsxRequest } from './read-xlsx-off-thread';

/** Reads a workbook in a worker, so that a 50,000-row file does not hold the screen while it is scanned. */
const scope = globalThis as unknown as { postMessage(message: XlsxReply): void; addEventListener(type: 'message', listener: (event: MessageEvent<XlsxRequest>) => void): void };

scope.addEventListener('message', (event) => {
  const { bytes, fileName } = event.data;
  readXlsx(bytes, fileName).then(
    (sheet) => scope.postMessage({ sheet }),
    (error: unknown) => scope.postMessage({ problem: error instanceof ImportFileError ? error.problem : 'unreadable' }),
  );
});
