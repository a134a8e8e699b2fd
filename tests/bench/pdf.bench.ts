import { test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launchChromium, openChromiumPdfEngine } from '../../electron/documents/chromium-pdf-engine';
import { blankPageOf } from '../../electron/documents/document-page';
import { fontsBaseUrlOf, prepareFontsDir } from '../../electron/documents/fonts-dir';
import { splitPdfPages } from '../../electron/documents/pdf-pages';
import { writeFilesInto } from '../../electron/documents/write-files';
import { builtInTemplates } from '../../shared/documents/built-in-templates';
import { sampleLicencesHtml, sampleRecipients } from '../../shared/documents/licence-sample';
import { samplePlanHtml } from '../../shared/documents/plan-html';
import { renderDocumentsHtml } from '../../shared/documents/render-html';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Plain A4 certificates, one line of CJK text each in the bundled serif: no frame, no positioning. */
function plainCertificatesHtml(fontsBaseUrl: string, names: string[]): string {
  const pages = names.map((name, index) => `<section><h1>证书</h1><p>${name}为丽水职业教育集团成员单位。</p><p>编号 ${String(index + 1)}</p></section>`);
  return `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="${fontsBaseUrl}/fonts.css"><style>@page{size:A4 landscape;margin:0}body{margin:0;font-family:'Noto Serif SC'}section{height:210mm;padding:30mm;box-sizing:border-box;break-after:page}h1{font-size:40pt;text-align:center}p{font-size:18pt}</style>${pages.join('')}`;
}

const ms = (start: number): string => `${(performance.now() - start).toFixed(0)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

test('pdf: 500 licences to one PDF and to 500 files, a 30-task action plan', async () => {
  const fontsDir = await prepareFontsDir(root);
  const people = sampleRecipients(500);
  const lines: string[] = [];

  // Starting Chromium is, in the desktop app, starting the app; opening the document page is what
  // opening the hidden document window is there.
  const launching = performance.now();
  const browser = await launchChromium();
  const launchMs = performance.now() - launching;
  const opening = performance.now();
  const engine = await openChromiumPdfEngine({ fontsDir, browser });
  const openMs = performance.now() - opening;
  try {
    const batch = (): string => sampleLicencesHtml(fontsBaseUrlOf(fontsDir), people.length);

    let start = performance.now();
    const first = await engine.renderPdf(batch());
    const firstMs = performance.now() - start;
    lines.push(`Chromium start                   ${launchMs.toFixed(0)} ms`);
    lines.push(`document page open               ${openMs.toFixed(0)} ms`);
    lines.push(`500 licences, one PDF (first)    ${firstMs.toFixed(0)} ms   incl. opening the page ${(openMs + firstMs).toFixed(0)} ms, and starting Chromium ${(launchMs + openMs + firstMs).toFixed(0)} ms   ${kb(first.length)}   ${(500 / (firstMs / 1000)).toFixed(0)} pages/s`);
    // The other lanes open and warm up after the first job; from then on batches are split across them.
    start = performance.now();
    await engine.ready();
    lines.push(`other lanes open and warm        ${ms(start)} after the first PDF`);

    const warm: number[] = [];
    let combined = first;
    for (let round = 0; round < 3; round += 1) {
      start = performance.now();
      combined = await engine.renderPdf(batch());
      warm.push(performance.now() - start);
    }
    const best = Math.min(...warm);
    lines.push(`500 licences, one PDF (open)     ${warm.map((value) => value.toFixed(0)).join(' / ')} ms   ${kb(combined.length)}   ${(500 / (best / 1000)).toFixed(0)} pages/s`);

    const out = await mkdtemp(join(tmpdir(), 'desk-bench-pdf-'));
    start = performance.now();
    const pages = (await Promise.all((await engine.renderParts(batch())).map((part) => splitPdfPages(part)))).flat();
    const splitAt = performance.now();
    await writeFilesInto(
      out,
      pages.map((bytes, index) => ({ name: `${people[index]?.number ?? index} ${people[index]?.name ?? ''}.pdf`, bytes })),
    );
    const total = pages.reduce((sum, bytes) => sum + bytes.length, 0);
    lines.push(`500 licences, 500 files          ${ms(start)} (render + split ${(splitAt - start).toFixed(0)} ms, then writing)   ${kb(total)} in all, ${kb(total / 500)} each`);
    await rm(out, { recursive: true, force: true });

    start = performance.now();
    const plan = await engine.renderPdf(samplePlanHtml(fontsBaseUrlOf(fontsDir), 30));
    const planMs = performance.now() - start;
    const planFile = join(await mkdtemp(join(tmpdir(), 'desk-bench-plan-')), 'plan.pdf');
    await writeFile(planFile, plan);
    const planInfo = (await run('pdfinfo', [planFile])).stdout;
    lines.push(`action plan, 30 tasks            ${planMs.toFixed(0)} ms   ${kb(plan.length)}   ${/Pages:\s+(\d+)/.exec(planInfo)?.[1] ?? '?'} pages`);

    // The yardstick: Chromium alone turning 500 plain A4 certificate pages with the CJK fonts
    // into one PDF (about 0.45 s on the machine the budgets were set on). It tells how fast this
    // machine is today, so the figures above can be read against the budgets.
    const yardstick = await browser.newContext({ javaScriptEnabled: false });
    const plain = await yardstick.newPage();
    await plain.goto(pathToFileURL(blankPageOf(fontsDir)).href);
    const plainPages: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      start = performance.now();
      await plain.setContent(plainCertificatesHtml(fontsBaseUrlOf(fontsDir), people.map((person) => person.name)), { waitUntil: 'load' });
      await plain.pdf({ preferCSSPageSize: true, printBackground: true });
      plainPages.push(performance.now() - start);
    }
    await yardstick.close();
    lines.push(`yardstick: Chromium alone, 500 plain pages   ${plainPages.slice(1).map((value) => value.toFixed(0)).join(' / ')} ms (after one to warm up)`);

    // Page 1 of each built-in template, for the documentation: docs/templates/<id-name>.png.
    const docs = join(root, 'docs/templates');
    await mkdir(docs, { recursive: true });
    const sample = { recipientName: '丽水市职业高级中学', role: '牵头单位', allianceName: '丽水职业教育集团', allianceSelf: '本集团', issuerName: '丽水职业教育集团', body: '专家指导委员会', position: '委员', term: '2026年11月至2029年11月', issuedOnChinese: '二〇二六年十一月', parties: '丽水市职业高级中学　浙江万丰精密制造有限公司', agreementTitle: '校企合作共建现代产业学院协议', signedOnChinese: '二〇二六年十一月十二日' };
    const names = ['unit-licence', 'appointment-letter', 'appointment-letter-portrait', 'agreement-certificate'];
    for (const [index, template] of builtInTemplates.entries()) {
      const values = template.kind === 'appointment-letter' ? { ...sample, recipientName: '王海斌' } : sample;
      const pdf = await engine.renderPdf(renderDocumentsHtml({ template, pages: [{ values, number: `LSZJ-2026-KQ00${String(index + 1)}` }], fontsBaseUrl: fontsBaseUrlOf(fontsDir), forPreview: false }).html);
      const file = join(docs, `${names[index] ?? template.id}.pdf`);
      await writeFile(file, pdf);
      await run('pdftoppm', ['-png', '-r', '50', '-singlefile', file, file.replace(/\.pdf$/, '')]);
      await rm(file);
      lines.push(`docs/templates/${names[index] ?? template.id}.png  ${kb((await stat(file.replace(/\.pdf$/, '.png'))).size)}`);
    }
  } finally {
    await engine.close();
  }
  console.log(`\nPDF benchmark (Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, budgets: ≤ 1000 ms once open, ≤ 2000 ms incl. opening, ≤ 3000 ms for 500 files)\n${lines.join('\n')}\n`);
});
