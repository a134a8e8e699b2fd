import { test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openChromiumPdfEngine } from '../../electron/documents/chromium-pdf-engine';
import { fontsBaseUrlOf, prepareFontsDir } from '../../electron/documents/fonts-dir';
import { renderBadgeSheetHtml } from '../../shared/documents/badge-sheet-html';
import { participationCertificate, tableCard } from '../../shared/documents/ceremony-templates';
import { renderProgrammeHtml } from '../../shared/documents/programme-html';
import { renderDocumentsHtml } from '../../shared/documents/render-html';
import { renderSignInSheetHtml } from '../../shared/documents/sign-in-sheet-html';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

const heading = { allianceName: '丽水职业教育集团', eventTitle: '2026年丽水职业教育集团成立大会暨第一届理事会第一次会议', dateText: '2026年12月3日', venue: '丽水市会展中心三楼报告厅' };
const people = [
  { name: '王海斌', unit: '丽水市职业高级中学', position: '校长', role: '出席领导' },
  { name: '欧阳明轩', unit: '浙江省丽水市莲都区智能制造装备产业技术研究院有限责任公司丽水分公司', position: '副总经理', role: '出席领导' },
  { name: '上官婉儿', unit: '丽水职业技术学院', position: '专家指导委员会副主任', role: '专家' },
  { name: '叶建平', unit: '浙江万丰精密制造有限公司', position: '人力资源部经理', role: '代表' },
  { name: '诸葛文静', unit: '广东省佛山市顺德区北滘镇美的集团智能制造与工业互联网产业学院有限公司（筹）', position: '院长', role: '代表' },
  { name: '蓝晓燕', unit: '景宁畲族自治县职业高级中学', position: '教务处主任', role: '教师' },
];
const agenda = [
  { time: '09:00', title: '主持人宣布大会开始，介绍出席领导和嘉宾', speaker: '王海斌' },
  { time: '09:10', title: '宣读《关于成立丽水职业教育集团的决定》', speaker: '叶建平' },
  { time: '09:25', title: '审议通过集团章程，选举第一届理事会', speaker: '全体成员单位代表' },
  { time: '09:50', title: '为成员单位授牌、为专家指导委员会委员颁发聘书', speaker: '出席领导' },
  { time: '10:20', title: '牵头单位、企业代表发言', speaker: '欧阳明轩、诸葛文静' },
  { time: '10:50', title: '领导讲话', speaker: '' },
  { time: '11:20', title: '合影留念', speaker: '' },
];

/**
 * Page 1 of each ceremony paper, for the documentation: docs/templates/<kind>.png. Run by
 * `npm run bench:pdf` (its name matches) beside the built-in templates' pictures, or alone:
 * `npx playwright test -c playwright.bench.config.ts ceremony-pdf.bench`.
 */
test('pdf: page 1 of the sign-in sheet, programme, table card, badges and participation certificate', async () => {
  const fontsDir = await prepareFontsDir(root);
  const fontsBaseUrl = fontsBaseUrlOf(fontsDir);
  const engine = await openChromiumPdfEngine({ fontsDir, lanes: 1 });
  const docs = join(root, 'docs/templates');
  await mkdir(docs, { recursive: true });
  const papers: [string, string][] = [
    ['sign-in-sheet', renderSignInSheetHtml({ heading, rows: people, fontsBaseUrl }).html],
    ['programme', renderProgrammeHtml({ heading, agenda, fontsBaseUrl }).html],
    ['table-card', renderDocumentsHtml({ template: tableCard, pages: [{ values: { recipientName: '上官婉儿' } }], fontsBaseUrl, forPreview: false }).html],
    ['name-badge', renderBadgeSheetHtml({ heading, badges: people, fontsBaseUrl }).html],
    [
      'participation-certificate',
      renderDocumentsHtml({
        template: participationCertificate,
        pages: [{ values: { recipientName: '上官婉儿', eventTitle: heading.eventTitle, allianceName: heading.allianceName, issuerName: heading.allianceName, issuedOnChinese: '二〇二六年十二月' }, number: 'LSZJ-2026-KQ-C001' }],
        fontsBaseUrl,
        forPreview: false,
      }).html,
    ],
  ];
  const lines: string[] = [];
  try {
    for (const [kind, html] of papers) {
      const started = performance.now();
      const pdf = await engine.renderPdf(html);
      const ms = performance.now() - started;
      const file = join(docs, `${kind}.pdf`);
      await writeFile(file, pdf);
      await run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, file.replace(/\.pdf$/, '')]);
      await rm(file);
      lines.push(`docs/templates/${kind}.png  ${((await stat(file.replace(/\.pdf$/, '.png'))).size / 1024).toFixed(0)} KB  (PDF in ${ms.toFixed(0)} ms)`);
    }
  } finally {
    await engine.close();
  }
  console.log(`\nCeremony papers, page 1 of each\n${lines.join('\n')}\n`);
});
