import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/bridge/result';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { openChromiumPdfEngine } from './chromium-pdf-engine';
import type { DocumentsService } from './documents-service';
import { createDocumentsService } from './documents-service';
import { prepareFontsDir } from './fonts-dir';
import type { PdfEngine } from './pdf-engine';
import { closerWhereTheyDiffer, grayRaster, pageSizes, rasterDifference, repoRoot, writeTemp } from './test-support';

const run = promisify(execFile);
const printDir = process.env.ALLIANCE_DESK_PRINT_DIR ?? '/var/tmp/alliance-desk-print';
const values = {
  recipientName: '王海斌',
  role: '成员单位',
  allianceName: '丽水职业教育集团',
  allianceSelf: '本集团',
  issuerName: '丽水职业教育集团',
  body: '专家指导委员会',
  position: '副主任委员',
  term: '2026年11月至2029年11月',
  issuedOnChinese: '二〇二六年十一月',
};

function builtIn(id: string): DocumentTemplate {
  const template = findBuiltInTemplate(id);
  if (!template) throw new Error(id);
  return template;
}

/** cups-pdf names its output after the job: `<title>__…job_<n>.pdf`. Waits for it to appear. */
async function printedFile(jobId: string): Promise<string> {
  const number = jobId.slice(jobId.lastIndexOf('-') + 1);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const match = (await readdir(printDir)).find((name) => name.endsWith(`job_${number}.pdf`));
    if (match) return join(printDir, match);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`cups-pdf wrote no file for ${jobId} into ${printDir}`);
}

async function rejectionOf(promise: Promise<unknown>): Promise<DeskError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DeskError)) throw new Error(`expected a DeskError, got ${String(error)}`);
  return error;
}

describe('printing through the real CUPS spooler to a cups-pdf printer', () => {
  let engine: PdfEngine;
  let service: DocumentsService;
  const html = (template: DocumentTemplate): string => renderDocumentsHtml({ template, pages: [{ values, number: 'LSZJ-2026-A001' }], fontsBaseUrl: 'app://fonts', forPreview: false }).html;

  beforeAll(async () => {
    await run('bash', [join(repoRoot, 'scripts/cups-for-tests.sh')]);
    engine = await openChromiumPdfEngine({ fontsDir: await prepareFontsDir(repoRoot) });
    service = createDocumentsService({ engine: () => Promise.resolve(engine), saveAs: () => Promise.reject(new Error('not used')) });
  }, 60_000);
  afterAll(() => engine.close());

  it('lists the printers with their state', async () => {
    const { printers, systemDialog } = await service.listPrinters();
    expect(systemDialog).toBe(false);
    expect(printers.find((printer) => printer.name === 'AllianceDeskPDF')).toMatchObject({ status: 'idle', description: 'Alliance Desk test printer (PDF)' });
    expect(printers.find((printer) => printer.name === 'AllianceDeskPaused')?.status).toBe('disabled');
    expect(printers.find((printer) => printer.name === 'AllianceDeskRejecting')?.status).toBe('disabled');
  });

  it('prints a letter of appointment on A4: the page that comes out is the document', async () => {
    const letter = builtIn(builtInTemplateIds.appointmentLetterPortrait);
    const result = await service.print({ html: html(letter), printer: 'AllianceDeskPDF', copies: 1, dialog: false, jobTitle: 'LSZJ-2026-A001 王海斌' });
    expect(result).toMatchObject({ outcome: 'sent', printer: 'AllianceDeskPDF', pages: 1 });
    const jobId = result.outcome === 'sent' ? (result.jobId ?? '') : '';
    const printed = await printedFile(jobId);
    const { readFile } = await import('node:fs/promises');
    const [size] = await pageSizes(await readFile(printed));
    expect(size).toMatch(/^59[45]x84[12]$/);
    // cups-pdf re-encodes fonts as Type 3 glyphs without text, so the page is compared as an image.
    const original = await grayRaster(await writeTemp(await engine.renderPdf(html(letter))));
    const shifted = await grayRaster(await writeTemp(await engine.renderPdf(renderDocumentsHtml({ template: letter, pages: [{ values, number: 'LSZJ-2026-A001' }], fontsBaseUrl: 'x', offsetMm: { x: 3, y: 3 }, forPreview: false }).html)));
    const other = await grayRaster(await writeTemp(await engine.renderPdf(renderDocumentsHtml({ template: letter, pages: [{ values: { ...values, recipientName: '李建国', position: '主任委员' } }], fontsBaseUrl: 'x', forPreview: false }).html)));
    const out = await grayRaster(printed);
    // Same place, same scale: a shifted or shrunk page would differ by far more than anti-aliasing.
    expect(rasterDifference(out, original)).toBeLessThan(rasterDifference(out, shifted) / 2);
    const judged = closerWhereTheyDiffer(out, original, other);
    // Where the two letters differ, the printout is about half as far from this one as from the other (0.49 with the
    // Noto woff2 files, 0.53 with their WOFF files, whose names are right); the wrong letter would be twice as far.
    expect(judged.toExpected).toBeLessThan(judged.toOther * 0.6);
  }, 60_000);

  it('prints custom stock at its own size in millimetres', async () => {
    const stock = { ...builtIn(builtInTemplateIds.unitLicence), paper: 'custom' as const, widthMm: 260, heightMm: 185 };
    const result = await service.print({ html: html(stock), printer: 'AllianceDeskPDF', copies: 1, dialog: false });
    const printed = await printedFile(result.outcome === 'sent' ? (result.jobId ?? '') : '');
    const { readFile } = await import('node:fs/promises');
    const [size = ''] = await pageSizes(await readFile(printed));
    const [width = 0, height = 0] = size.split('x').map(Number);
    expect(Math.abs(width - 737)).toBeLessThanOrEqual(2);
    expect(Math.abs(height - 524)).toBeLessThanOrEqual(2);
  }, 60_000);

  it('refuses a printer that does not exist, is paused, or refuses jobs, and queues nothing', async () => {
    const letter = html(builtIn(builtInTemplateIds.appointmentLetter));
    const before = await readdir(printDir);
    const missing = await rejectionOf(service.print({ html: letter, printer: 'NoSuchPrinter-4711', copies: 1, dialog: false }));
    expect(missing.code).toBe('printer-not-found');
    const paused = await rejectionOf(service.print({ html: letter, printer: 'AllianceDeskPaused', copies: 1, dialog: false }));
    expect(paused.code).toBe('printer-unreachable');
    const refusing = await rejectionOf(service.print({ html: letter, printer: 'AllianceDeskRejecting', copies: 1, dialog: false }));
    expect(refusing.code).toBe('print-refused');
    const { stdout } = await run('lpstat', ['-o', 'AllianceDeskPaused'], { env: { ...process.env, LC_ALL: 'C' } });
    expect(stdout.trim()).toBe('');
    expect(await readdir(printDir)).toEqual(before);
  }, 60_000);

  it('refuses the system dialog where there is none (browser mode prints its preview instead)', async () => {
    const error = await rejectionOf(service.print({ html: html(builtIn(builtInTemplateIds.unitLicence)), copies: 1, dialog: true }));
    expect(error.code).toBe('invalid-request');
  });
});
