import type { BrowserWindow, PrinterInfo, WebContentsPrintOptions } from 'electron';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/bridge/result';
import { builtInTemplateIds, findBuiltInTemplate } from '../../shared/documents/built-in-templates';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import type { DocumentTemplate } from '../../shared/domain/documents';
import { createElectronPdfEngine, pageSizeInches } from './electron-pdf-engine';
import { printersFromElectron } from './electron-printing';
import type { DocumentSite } from './document-site';
import { createDocumentSite, electronDocumentOrigin } from './document-site';
import { prepareFontsDir } from './fonts-dir';
import { pageTexts, repoRoot } from './test-support';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * No Electron binary runs here: the engine is driven through a stand-in window that records what
 * it was asked, so the contract with Electron (blank page loaded, DevTools commands, fonts pointed
 * at, printToPDF options, print callback) is checked; the same DevTools commands lay out real
 * documents in Chromium in chromium-pdf-engine.test.ts.
 */
/** What the stand-in window prints: only a trailer, enough for the engine to append its document information to. */
const fakePdf = '%PDF-1.7 fake\ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n14\n%%EOF\n';

function fakeWindow(printAnswer: [boolean, string] = [true, ''], printToPDF = (): Promise<Uint8Array> => Promise.resolve(Buffer.from(fakePdf))) {
  const calls: { loaded: string[]; commands: string[]; html: string[]; pdfOptions: unknown[]; printOptions: WebContentsPrintOptions[] } = { loaded: [], commands: [], html: [], pdfOptions: [], printOptions: [] };
  const listeners = new Set<(event: unknown, method: string) => void>();
  let attached = false;
  const webContents = {
    loadURL: (url: string) => {
      calls.loaded.push(url);
      return Promise.resolve();
    },
    debugger: {
      isAttached: () => attached,
      attach: () => {
        attached = true;
      },
      on: (_name: 'message', listener: (event: unknown, method: string) => void) => listeners.add(listener),
      off: (_name: 'message', listener: (event: unknown, method: string) => void) => listeners.delete(listener),
      sendCommand: (method: string, params: { html?: string } = {}) => {
        calls.commands.push(method);
        if (method === 'Page.getFrameTree') return Promise.resolve({ frameTree: { frame: { id: 'main' } } });
        if (method === 'Page.setDocumentContent') {
          calls.html.push(params.html ?? '');
          setTimeout(() => {
            for (const listener of [...listeners]) listener({}, 'Page.loadEventFired');
          });
        }
        return Promise.resolve({});
      },
    },
    printToPDF: (options: unknown) => {
      calls.pdfOptions.push(options);
      return printToPDF();
    },
    print: (options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => {
      calls.printOptions.push(options);
      callback(...printAnswer);
    },
  };
  return { window: { webContents } as unknown as BrowserWindow, calls };
}

const template = findBuiltInTemplate(builtInTemplateIds.unitLicence) as DocumentTemplate;
const html = renderDocumentsHtml({ template, pages: [{ values: { recipientName: '甲', role: '成员单位', allianceName: '乙', allianceSelf: '本联盟', issuerName: '乙', issuedOnChinese: '二〇二六年十一月', number: 'N-1' } }], fontsBaseUrl: 'app://desk/fonts/', forPreview: false }).html;

describe('Electron PDF engine (with a stand-in window)', () => {
  let site: DocumentSite;
  beforeAll(async () => {
    // A folder with a space in its name, as under "C:\\Program Files\\Alliance Desk".
    site = createDocumentSite(electronDocumentOrigin, await prepareFontsDir(repoRoot, join(await mkdtemp(join(tmpdir(), 'desk-electron-fonts-')), 'Alliance Desk', 'fonts')));
  });

  it('puts the window on the blank page once, sets each document as its content with the bundled fonts, and prints it at its CSS page size', async () => {
    const { window, calls } = fakeWindow();
    const engine = createElectronPdfEngine({ window: window, openWindow: () => Promise.reject(new Error('one window')), site });
    for (let time = 0; time < 2; time += 1) {
      // The window's PDF as it printed it, with the app's document information appended (pdf-info.ts).
      const printed = new TextDecoder().decode(await engine.renderPdf(html));
      expect(printed.startsWith(fakePdf)).toBe(true);
      expect(printed.slice(fakePdf.length)).toMatch(/^\n1 0 obj\n<< \/Title <FEFF[0-9A-F]+> \/Creator <FEFF[0-9A-F]+> \/Producer/);
    }
    // The app's own document origin, never a file:// page.
    expect(calls.loaded).toEqual(['app://documents/blank.html']);
    // Each document replaces the content (the window's warm-up, warm-up.ts, goes the same way between jobs).
    expect(calls.commands.slice(0, 6)).toEqual(['Page.enable', 'Page.getFrameTree', 'Page.setDocumentContent', 'Runtime.evaluate', 'Page.setDocumentContent', 'Runtime.evaluate']);
    expect(calls.commands.filter((command) => command === 'Page.enable' || command === 'Page.getFrameTree')).toHaveLength(2);
    // The fonts link is replaced by the faces this document draws with, served by the document site.
    expect(calls.html[0]).toMatch(/src:url\('app:\/\/documents\/fonts\/lxgw-wenkai\/files\/lxgwwenkai-regular-subset-\d+\.woff2'\)/);
    expect(calls.html[0]).not.toMatch(/url\('file:/);
    expect(calls.html[0]).not.toContain('fonts.css');
    expect(calls.pdfOptions[0]).toEqual({ preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 }, pageSize: { width: 297 / 25.4, height: 210 / 25.4 } });
  });

  it('spreads a batch over the document windows and joins their PDFs in page order', async () => {
    // Each stand-in window "prints" the numbers of the pages it was given, one PDF page each.
    const numbered = (calls: { html: string[] }) => async (): Promise<Uint8Array> => {
      const document = await PDFDocument.create();
      const font = await document.embedFont(StandardFonts.Helvetica);
      for (const [, number = ''] of (calls.html.at(-1) ?? '').matchAll(/(N-\d+)/g)) document.addPage([842, 595]).drawText(number, { x: 50, y: 50, font, size: 20 });
      return document.save();
    };
    const first = fakeWindow([true, ''], () => numbered(first.calls)());
    const second = fakeWindow([true, ''], () => numbered(second.calls)());
    const numbers = Array.from({ length: 120 }, (_, index) => `N-${String(index + 1)}`);
    const batch = renderDocumentsHtml({ template, pages: numbers.map((number) => ({ values: { recipientName: '甲', role: '成员单位', allianceName: '乙', allianceSelf: '本联盟', issuerName: '乙', issuedOnChinese: '二〇二六年十一月' }, number })), fontsBaseUrl: 'app://desk/fonts/', forPreview: false }).html;
    const engine = createElectronPdfEngine({ window: first.window, openWindow: () => Promise.resolve(second.window), site, lanes: 2 });
    // The first batch finds only the first window open; the second opens and warms up after it.
    expect(await pageTexts(await engine.renderPdf(batch))).toEqual(numbers);
    expect(first.calls.html[0]).toMatch(/N-1<[\s\S]*N-120</);
    await engine.ready();
    // It warms up on what no batch holds: every common font slice, then the templates' fixed text.
    expect(second.calls.html[0]).toMatch(/@font-face\{font-family:'LXGW WenKai'/);
    expect(second.calls.html.join('')).not.toMatch(/LSZJ-2026-KQ|丽水/);
    expect(await pageTexts(await engine.renderPdf(batch))).toEqual(numbers);
    expect(first.calls.html.at(-1)).toMatch(/N-60</);
    expect(first.calls.html.at(-1)).not.toMatch(/N-61</);
    expect(second.calls.html.at(-1)).toMatch(/N-61<[\s\S]*N-120</);
    expect(await engine.renderParts(batch)).toHaveLength(2);
  }, 30_000);

  it('prints silently to a named printer, and tells a cancelled dialog and a failure apart', async () => {
    const ok = fakeWindow();
    expect(await createElectronPdfEngine({ window: ok.window, openWindow: () => Promise.reject(new Error('one window')), site }).print(html, { silent: true, deviceName: 'HP', copies: 2 })).toBe('printed');
    expect(ok.calls.printOptions[0]).toMatchObject({ silent: true, deviceName: 'HP', copies: 2, printBackground: true });
    const cancelled = fakeWindow([false, 'cancelled']);
    expect(await createElectronPdfEngine({ window: cancelled.window, openWindow: () => Promise.reject(new Error('one window')), site }).print(html, { silent: false })).toBe('cancelled');
    const failed = fakeWindow([false, 'Print job failed']);
    const error = await createElectronPdfEngine({ window: failed.window, openWindow: () => Promise.reject(new Error('one window')), site })
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
