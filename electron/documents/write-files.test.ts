import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/bridge/result';
import { createDocumentsService } from './documents-service';
import type { PdfEngine } from './pdf-engine';
import { engineOverLanes } from './pdf-engine';
import { writeFilesInto } from './write-files';

const run = promisify(execFile);
const pdf = (size: number): Uint8Array => new Uint8Array(size).fill(0x25);

async function failure(promise: Promise<unknown>): Promise<DeskError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DeskError)) throw new Error(`expected a DeskError, got ${String(error)}`);
  return error;
}

describe('writing a batch of PDFs', () => {
  // A real full disk: a 64 KB tmpfs (the tests run as root, as CI does).
  let small: string;
  beforeAll(async () => {
    small = await mkdtemp(join(tmpdir(), 'desk-full-'));
    await run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', small]);
  });
  afterAll(async () => {
    await run('umount', [small]);
    await rm(small, { recursive: true, force: true });
  });

  it('writes every file, complete, into the folder', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'desk-batch-')), '证书');
    expect(await writeFilesInto(folder, [{ name: 'A-001 甲.pdf', bytes: pdf(10) }, { name: 'A-002 乙.pdf', bytes: pdf(20) }])).toBe(2);
    expect((await readdir(folder)).sort()).toEqual(['A-001 甲.pdf', 'A-002 乙.pdf']);
    expect((await readFile(join(folder, 'A-002 乙.pdf'))).length).toBe(20);
  });

  it('reports a full disk clearly and leaves no partial file behind', async () => {
    const folder = join(small, 'batch');
    const error = await failure(writeFilesInto(folder, [{ name: 'A-001.pdf', bytes: pdf(16 * 1024) }, { name: 'A-002.pdf', bytes: pdf(200 * 1024) }]));
    expect(error.code).toBe('disk-full');
    expect(await readdir(folder)).toEqual(['A-001.pdf']);
  });

  it('reports a folder that cannot be written', async () => {
    expect((await failure(writeFilesInto('/sys/alliance-desk', [{ name: 'a.pdf', bytes: pdf(1) }]))).code).toBe('not-permitted');
    // A plain file where the folder should be.
    const file = join(await mkdtemp(join(tmpdir(), 'desk-notdir-')), 'plain');
    await writeFile(file, 'x');
    expect((await failure(writeFilesInto(join(file, 'sub'), [{ name: 'a.pdf', bytes: pdf(1) }]))).code).toBe('io-failed');
  });

  it('refuses to split documents when one overflowed onto a second page, writing nothing', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    doc.addPage();
    const bytes = await doc.save();
    const engine: PdfEngine = engineOverLanes({ first: { render: () => Promise.resolve(bytes) }, openLane: () => Promise.reject(new Error('one lane')), count: 1, close: () => Promise.resolve() });
    let saved = 0;
    const service = createDocumentsService({
      engine: () => Promise.resolve(engine),
      saveAs: () => Promise.reject(new Error('not used')),
      saveFiles: (_name, files) => {
        saved += files.length;
        return Promise.resolve({ outcome: 'saved', folder: '/x', count: files.length });
      },
    });
    const error = await failure(service.exportPdfFiles({ html: '<p>', fileNames: ['a.pdf', 'b.pdf'], batchName: 'x' }));
    expect(error.code).toBe('render-failed');
    expect(saved).toBe(0);
  });
});
