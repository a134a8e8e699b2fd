import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportDocument } from './report-document';
import { reportDocx } from './report-docx';
import { sampleEvents, sampleFigures } from './report-sample';

const run = promisify(execFile);
const document = reportDocument(sampleFigures, '丽水智能制造产教融合共同体', sampleEvents, 'zh-CN');

async function docx(): Promise<Uint8Array> {
  const png = new Uint8Array(await readFile(new URL('../../docs/report-page-1.png', import.meta.url)));
  return reportDocx(document, new Map(document.charts.map((chart) => [chart.key, png])));
}

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

describe('the annual report as a .docx', () => {
  it('holds the title, the numbered sections with every figure, the charts as SVG with a PNG, and the year’s events to write about', async () => {
    const files = unzipSync(await docx());
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('|');
    expect(texts).toContain('丽水智能制造产教融合共同体2024年度工作报告');
    for (const heading of ['一、成员单位', '六、行动计划任务', '七、联盟自报数据', '八、数据图表', '九、年度工作情况']) expect(texts).toContain(heading);
    for (const section of document.sections) for (const row of section.rows) expect(texts).toContain(`${row.label}|${String(row.value)}`);
    expect(texts).toContain('（一）2024年6月13日\u3000丽水智能制造产教融合共同体成立启动仪式（丽水市职业高级中学）');
    expect(texts).toContain('（三）2024年9月20日\u3000专家专题讲座：“三教”改革背景下的教学思考（丽水职业技术学院）');
    expect(texts.split('（请在此撰写本项工作的开展情况、成效和经验。）').length - 1).toBe(3);
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(4);
    const svg = strFromU8(files[media.find((name) => name.endsWith('.svg')) ?? ''] ?? new Uint8Array());
    expect(document.charts.some((chart) => svg.includes(chart.title))).toBe(true);
  });

  it('opens in LibreOffice (converted to PDF, its text holds the figures)', async (context) => {
    if (!soffice) {
      context.skip('LibreOffice (soffice) is not installed here: the .docx was checked by its XML only');
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'report-docx-'));
    try {
      await writeFile(join(dir, 'report.docx'), await docx());
      await run(soffice, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { timeout: 120_000 });
      const text = (await run('pdftotext', [join(dir, 'report.pdf'), '-'])).stdout.replace(/\s+/g, '');
      expect(text).toContain('丽水智能制造产教融合共同体2024年度工作报告');
      expect(text).toContain('订单班学生数186');
      expect(text).toContain('九、年度工作情况');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
