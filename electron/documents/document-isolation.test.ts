import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFamilies } from '../../shared/documents/render-html';
import { launchChromium, openChromiumPdfEngine, routeThroughSite } from './chromium-pdf-engine';
import { documentPages } from './document-page';
import { chromiumDocumentOrigin, createDocumentSite } from './document-site';
import { prepareFontsDir } from './fonts-dir';
import type { LanedPdfEngine } from './pdf-engine';
import { poppler, repoRoot } from './test-support';

/**
 * documents.exportPdf takes any HTML (browser mode hands the PDF back to the caller): a document
 * that names a local file or a loopback server must get neither into the PDF nor any request out.
 * Each probe is its own document, aimed once at a file holding a secret and once at a loopback
 * server that counts what reaches it.
 */
const secret = `LEAKED${randomUUID().replaceAll('-', '')}`;

type Probe = { name: string; head?: string; body?: string };

/** Every way an HTML page can make the browser load something, given where the secret lives. */
function probes(base: string): Probe[] {
  return [
    { name: 'iframe', body: `<iframe src="${base}secret.html" style="width:150mm;height:40mm"></iframe>` },
    { name: 'iframe-srcdoc', body: `<iframe srcdoc="&lt;iframe src=&quot;${base}secret.html&quot;&gt;&lt;/iframe&gt;"></iframe>` },
    { name: 'img', body: `<img src="${base}secret.svg" style="width:150mm">` },
    { name: 'object', body: `<object data="${base}secret.html" type="text/html" style="width:150mm;height:40mm"></object>` },
    { name: 'embed', body: `<embed src="${base}secret.html" type="text/html" style="width:150mm;height:40mm">` },
    { name: 'link-stylesheet', head: `<link rel="stylesheet" href="${base}secret.css">` },
    { name: 'import', head: `<style>@import url("${base}secret.css");</style>` },
    { name: 'font-face', head: `<style>@font-face{font-family:Probe;src:url("${base}probe.woff2") format("woff2")}p{font-family:Probe}</style>` },
    { name: 'meta-refresh', head: `<meta http-equiv="refresh" content="0;url=${base}secret.html">` },
    { name: 'svg-use', body: `<svg width="400" height="100"><use href="${base}secret.svg#t"/></svg>` },
    { name: 'svg-image', body: `<svg width="400" height="100"><image href="${base}secret.svg" width="400" height="100"/></svg>` },
    { name: 'css-background', body: `<div style="width:150mm;height:20mm;background:url('${base}secret.svg')"></div>` },
    { name: 'base-href', head: `<base href="${base}">`, body: `<img src="secret.svg"><link rel="stylesheet" href="secret.css">` },
    { name: 'script-fetch', body: `<script>fetch('${base}secret.html').then((r) => r.text()).then((t) => document.body.append(t)); document.body.append('SCRIPT' + 'RAN');</script>` },
    { name: 'script-src', body: `<script src="${base}secret.js"></script>` },
    { name: 'media', body: `<video src="${base}secret.mp4" poster="${base}secret.svg"></video><audio src="${base}secret.mp3"></audio>` },
    { name: 'link-other', head: `<link rel="prefetch" href="${base}secret.html"><link rel="preload" as="style" href="${base}secret.css"><link rel="icon" href="${base}secret.svg">` },
    { name: 'input-image', body: `<input type="image" src="${base}secret.svg">` },
  ];
}

/** The PDF's text, or why there is none (a probe that breaks the page is as much a failure as a leak). */
async function printedText(engine: LanedPdfEngine, probe: Probe, unprinted: string[]): Promise<string> {
  try {
    const text = await poppler('pdftotext', await engine.renderPdf(documentOf(probe)));
    if (!text.includes(`probe ${probe.name}`)) unprinted.push(probe.name);
    return text;
  } catch (error) {
    unprinted.push(`${probe.name}: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  }
}

function documentOf(probe: Probe): string {
  return `<!doctype html><html><head><meta charset="utf-8">${probe.head ?? ''}<style>@page{size:210mm 297mm;margin:0}</style></head><body><p>probe ${probe.name}</p>${probe.body ?? ''}</body></html>`;
}

describe('a document page reaches neither the file system nor the network', () => {
  let engine: LanedPdfEngine;
  let dir = '';
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    requests.push(request.url ?? '');
    const css = request.url?.endsWith('.css');
    response.writeHead(200, { 'Content-Type': css ? 'text/css' : 'text/html', 'Access-Control-Allow-Origin': '*' });
    response.end(css ? `body::after{content:"${secret}"}` : `<p>${secret}</p>`);
  });
  let serverBase = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-secret-'));
    await writeFile(join(dir, 'secret.html'), `<p>${secret}</p>`);
    await writeFile(join(dir, 'secret.txt'), secret);
    await writeFile(join(dir, 'secret.css'), `body::after{content:"${secret}"}`);
    await writeFile(join(dir, 'secret.js'), `document.body.append(${JSON.stringify(secret)})`);
    await writeFile(join(dir, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text id="t" x="10" y="50" font-size="30">${secret}</text></svg>`);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    serverBase = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
    engine = await openChromiumPdfEngine({ fontsDir: await prepareFontsDir(repoRoot), lanes: 1 });
  }, 60_000);
  afterAll(async () => {
    await engine.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('renders no local file into the PDF, whatever element or style names it', async () => {
    const leaked: string[] = [];
    const unprinted: string[] = [];
    for (const probe of [...probes(pathToFileURL(dir).href + '/'), { name: 'file-iframe-passwd', body: '<iframe src="file:///etc/passwd"></iframe>' }]) {
      const text = await printedText(engine, probe, unprinted);
      if (text.includes(secret) || text.includes('SCRIPTRAN') || /root:x:0:0/.test(text)) leaked.push(probe.name);
    }
    expect({ leaked, unprinted }).toEqual({ leaked: [], unprinted: [] });
  }, 120_000);

  it('sends no request to a loopback server, and no script runs', async () => {
    const reached: string[] = [];
    const unprinted: string[] = [];
    for (const probe of probes(serverBase)) {
      const before = requests.length;
      const text = await printedText(engine, probe, unprinted);
      // A refresh or a late load would come after the print: give it the time to try.
      await new Promise((resolve) => setTimeout(resolve, probe.name === 'meta-refresh' ? 1_500 : 50));
      if (requests.length > before || text.includes(secret) || text.includes('SCRIPTRAN')) reached.push(probe.name);
    }
    expect({ reached, unprinted, requests }).toEqual({ reached: [], unprinted: [], requests: [] });
  }, 120_000);

  it('still prints an ordinary document with the bundled fonts after every probe', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" data-fonts href="http://127.0.0.1:9/fonts/fonts.css"><style>@page{size:210mm 297mm;margin:0}body{font-family:${fontFamilies.serif}}</style></head><body><p>欧阳𠮷 长三角智能制造产教融合共同体</p></body></html>`;
    const pdf = await engine.renderPdf(html);
    expect((await poppler('pdftotext', pdf)).replace(/\s/g, '')).toContain('欧阳𠮷长三角智能制造产教融合共同体');
    const fonts = await poppler('pdffonts', pdf);
    expect(fonts).toMatch(/\+NotoSerifSC/);
    expect(fonts).toMatch(/\+HanaMin/);
  }, 60_000);

  it('keeps the document policy on a page whose content the engine replaced', async () => {
    const site = createDocumentSite(chromiumDocumentOrigin, await prepareFontsDir(repoRoot));
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await routeThroughSite(context, site);
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) refused.push(message.text());
      });
      await page.goto(site.blankUrl);
      const session = await context.newCDPSession(page);
      const document = await documentPages(site)({
        send: (method, params) => session.send(method as 'Page.enable', params),
        nextEvent: (name) => new Promise((resolve) => session.once(name as 'Page.loadEventFired', () => resolve())),
      });
      // A URL the route would serve (a bundled font) named as an image: only the page's policy stops it.
      await document.load(`<!doctype html><html><head><meta charset="utf-8"></head><body><img src="${site.fontsBaseUrl}hanamin/HanaMinA.CJK-Unified-Ideographs-16.woff2"></body></html>`);
      await expect.poll(() => refused.join('\n')).toMatch(/img-src data: blob:/);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
