import type { ImportFileProblem } from './import-errors';
import { ImportFileError } from './import-errors';
import { readXlsx } from './read-xlsx';
import type { Sheet } from './sheet';

export interface XlsxRequest {
  bytes: Uint8Array;
  fileName: string;
}

export type XlsxReply = { sheet: Sheet } | { problem: ImportFileProblem };

/**
 * Reads an .xlsx in a Web Worker, off the screen's thread: scanning 50,000 rows takes seconds on
 * a busy machine, and the screen keeps drawing meanwhile. Where no worker can start (a test in
 * Node, a worker refused), the same reader runs here.
 */
export function readXlsxOffThread(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  if (typeof Worker === 'undefined') return readXlsx(bytes, fileName);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-xlsx.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readXlsx(bytes, fileName);
  }
  return new Promise<Sheet>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<XlsxReply>) => {
      worker.terminate();
      if ('sheet' in event.data) resolve(event.data.sheet);
      else reject(new ImportFileError(event.data.problem, fileName));
    });
    // A worker that cannot load its script: read here instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      readXlsx(bytes, fileName).then(resolve, reject);
    });
    // A copy goes to the worker: the caller's bytes stay readable if the worker fails.
    worker.postMessage({ bytes, fileName } satisfies XlsxRequest);
  });
}
