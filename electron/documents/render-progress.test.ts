import { describe, expect, it } from 'vitest';
import { createDispatch } from '../bridge/dispatch';
import { createHandlers } from '../bridge/handlers';
import type { DeskServices } from '../bridge/handlers';
import { createDocumentsService } from './documents-service';
import type { PdfEngine, RenderOptions } from './pdf-engine';
import { createProgressBoard } from './render-progress';

describe('the progress of a batch, as the renderer polls it', () => {
  it('rises to the total and never goes back; an unknown job is 0 of 0', () => {
    const board = createProgressBoard();
    const report = board.track('job-0001');
    expect(board.track(undefined)).toBeUndefined();
    expect(board.read('job-0001')).toEqual({ done: 0, total: 0 });
    report?.({ done: 0, total: 5000 });
    report?.({ done: 250, total: 5000 });
    report?.({ done: 125, total: 5000 });
    expect(board.read('job-0001')).toEqual({ done: 250, total: 5000 });
    report?.({ done: 5000, total: 5000 });
    expect(board.read('job-0001')).toEqual({ done: 5000, total: 5000 });
    expect(board.read('job-never')).toEqual({ done: 0, total: 0 });
  });

  it('keeps the latest jobs only', () => {
    const board = createProgressBoard();
    for (let index = 0; index < 100; index += 1) board.track(`job-${String(index).padStart(4, '0')}`)?.({ done: index, total: 100 });
    expect(board.read('job-0000')).toEqual({ done: 0, total: 0 });
    expect(board.read('job-0099')).toEqual({ done: 99, total: 100 });
  });

  it('answers documents.progress over the bridge while the export it follows is still running', async () => {
    let release = (): void => undefined;
    let progressOf: RenderOptions['onProgress'];
    const gate = new Promise<void>((resolve) => (release = resolve));
    const pdf = new Uint8Array([37, 80, 68, 70]);
    const engine: PdfEngine = {
      renderPdf: async (_html, options) => {
        progressOf = options?.onProgress;
        progressOf?.({ done: 0, total: 3000 });
        progressOf?.({ done: 1500, total: 3000 });
        await gate;
        progressOf?.({ done: 3000, total: 3000 });
        return pdf;
      },
      renderPages: () => Promise.reject(new Error('not used')),
      renderParts: () => Promise.reject(new Error('not used')),
      close: () => Promise.resolve(),
    };
    const documents = createDocumentsService({ engine: () => Promise.resolve(engine), saveAs: () => Promise.resolve({ outcome: 'downloading', fileName: 'licences.pdf' }) });
    const unused = (): never => {
      throw new Error('not used');
    };
    const services = { appInfo: unused, saveAs: unused, setLocale: unused, documents, sync: {}, backups: {} } as unknown as DeskServices;
    const dispatch = createDispatch(createHandlers(services));
    const exporting = dispatch('documents.exportPdf', { html: '<!doctype html><p>x</p>', suggestedName: 'licences.pdf', jobId: 'job-7f3a9c' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await dispatch('documents.progress', { jobId: 'job-7f3a9c' })).toEqual({ ok: true, value: { done: 1500, total: 3000 } });
    release();
    expect(await exporting).toEqual({ ok: true, value: { outcome: 'downloading', fileName: 'licences.pdf' } });
    expect(await dispatch('documents.progress', { jobId: 'job-7f3a9c' })).toEqual({ ok: true, value: { done: 3000, total: 3000 } });
    expect(await dispatch('documents.progress', { jobId: '../etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
