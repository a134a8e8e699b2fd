import type { BrowserWindow, PrinterInfo, WebContentsPrintOptions } from 'electron';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/bridge/result';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { createElectronPdfEngine, pageSizeInches } from './electron-pdf-engine';
import { printersFromElectron } from './electron-printing';

/**
 * No Electron binary runs here: the engine is driven through a stand-in window that records what
 * it was asked, so the contract with Electron (file loaded, fonts pointed at, printToPDF options,
 * print callback) is checked; the rendering itself is Chromium's, tested with playwright-core.
 */
function fakeWindow(printAnswer: [boolean, string] = [true, '']) {
  const calls: { loaded: string[]; html: string[]; pdfOptions: unknown[]; printOptions: WebContentsPrintOptions[] } = { loaded: [], html: [], pdfOptions: [], printOptions: [] };
  const webContents = {
    loadFile: async (file: string) => {
      calls.loaded.push(file);
      calls.html.push(await readFile(file, 'utf8'));
    },
    printToPDF: (options: unknown) => {
      calls.pdfOptions.push(options);
      return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
    },
    print: (options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => {
      calls.printOptions.push(options);
      callback(...printAnswer);
    },
  };
  return { window: { webContents } as unknown as BrowserWindow, calls };
}

const template = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const html = renderDocumentsHtml({ template, pages: [{ values: { recipientName: '甲', role: '成员单位', allianceName: '乙', issuedOnChinese: '二〇二六年十一月', number: 'N-1' } }], fontsBaseUrl: 'app://desk/fonts/', forPreview: false }).html;

describe('Electron PDF engine (with a stand-in window)', () => {
  it('loads the document from a file pointing at the bundled fonts, prints it at its CSS page size, and cleans up', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'desk-electron-'));
    const { window, calls } = fakeWindow();
    const engine = createElectronPdfEngine({ window: () => window, fontsDir: '/opt/Alliance Desk/resources/fonts', workDir });
    expect(new TextDecoder().decode(await engine.renderPdf(html))).toBe('%PDF-1.7 fake');
    expect(calls.loaded[0]).toMatch(/\.html$/);
    expect(calls.html[0]).toContain('href="file:///opt/Alliance%20Desk/resources/fonts/fonts.css"');
    expect(calls.pdfOptions[0]).toEqual({ preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 }, pageSize: { width: 297 / 25.4, height: 210 / 25.4 } });
    expect(await readdir(workDir)).toEqual([]);
  });

  it('prints silently to a named printer, and tells a cancelled dialog and a failure apart', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'desk-electron-'));
    const ok = fakeWindow();
    expect(await createElectronPdfEngine({ window: () => ok.window, fontsDir: '/f', workDir }).print(html, { silent: true, deviceName: 'HP', copies: 2 })).toBe('printed');
    expect(ok.calls.printOptions[0]).toMatchObject({ silent: true, deviceName: 'HP', copies: 2, printBackground: true });
    const cancelled = fakeWindow([false, 'cancelled']);
    expect(await createElectronPdfEngine({ window: () => cancelled.window, fontsDir: '/f', workDir }).print(html, { silent: false })).toBe('cancelled');
    const failed = fakeWindow([false, 'Print job failed']);
    const error = await createElectronPdfEngine({ window: () => failed.window, fontsDir: '/f', workDir })
      .print(html, { silent: true, deviceName: 'HP' })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe('print-refused');
  });

  it('reads the page size from @page, and Windows printers from Electron', () => {
    expect(pageSizeInches('<style>@page{size:260mm 185mm;margin:0}')).toEqual({ width: 260 / 25.4, height: 185 / 25.4 });
    const printers = [
      { name: 'HP', displayName: '礼堂打印机', description: '', options: { status: '0', isDefault: 'true' } },
      { name: 'Old', displayName: '', description: 'Old printer', options: { status: '128' } },
    ] as unknown as PrinterInfo[];
    expect(printersFromElectron(printers)).toEqual([
      { name: 'HP', description: '礼堂打印机', isDefault: true, status: 'idle' },
      { name: 'Old', description: 'Old printer', isDefault: false, status: 'disabled' },
    ]);
  });
});
