import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { newsDocx } from '../../../../shared/reports/news-docx';
import { newsDraft, newsText } from '../../../../shared/reports/news-draft';
import { DeskDatabase } from '../../../db/database';
import { loadSampleData } from '../../../sample-data/load-sample-data';
import { readNewsInput } from './read-news-input';

const db = new DeskDatabase('news-draft-sample');
afterAll(() => db.close());

async function launchDraft(locale: 'zh-CN' | 'en') {
  await loadSampleData(db);
  const event = (await db.events.toArray()).find((e) => e.title === '丽水智能制造产教融合共同体成立启动仪式');
  if (!event) throw new Error('no launch ceremony in the sample');
  return newsDraft(await readNewsInput(event, locale, db));
}

/** Where each text stands in the draft, so the test can say they come in order. */
function positions(text: string, parts: string[]): number[] {
  return parts.map((part) => {
    const at = text.indexOf(part);
    expect(at, `${part} in the draft`).toBeGreaterThanOrEqual(0);
    return at;
  });
}

const ascending = (values: number[]): boolean => values.every((value, i) => i === 0 || value > (values[i - 1] ?? -1));

describe('the news draft of the sample launch ceremony', () => {
  it('names date and place, every guest with title and office in protocol order, and the speakers in agenda order', async () => {
    const text = newsText(await launchDraft('zh-CN'), 'zh-CN');
    expect(text.startsWith('丽水智能制造产教融合共同体成立启动仪式\n\n2024年6月13日，丽水智能制造产教融合共同体成立启动仪式在丽水市职业高级中学举行。')).toBe(true);
    const guests = positions(text, ['丽水市教育局党委委员、副局长桑文勇', '丽水市经济和信息化局党组成员、副局长周再荣', '丽水市科学技术局副局长戴美松', '丽水市教育局四级调研员、职业与高等教育处处长陈海祥']);
    expect(ascending(guests)).toBe(true);
    const agenda = positions(text, ['丽水市职业高级中学党委书记、校长李立进致辞。', '丽水市职业高级中学校长助理朱美芬解读共同体行动方案', '丽水市教育局党委委员、副局长桑文勇讲话']);
    expect(ascending(agenda)).toBe(true);
  });

  it('gives the licences by role, the letters of appointment, the agreement with its parties, and the lectures in order', async () => {
    const text = newsText(await launchDraft('zh-CN'), 'zh-CN');
    expect(text.match(/授牌/g)).toHaveLength(1);
    expect(text).toContain('出席领导为牵头单位丽水市职业高级中学，成员单位丽水思博特精密制造有限公司授牌；为专家指导委员会委员楼海斌、王刚、叶军颁发聘书。');
    expect(text).toContain('丽水市职业高级中学党委书记、校长李立进与丽水思博特精密制造有限公司总经理黄毅签订《丽水市职业高级中学与丽水思博特精密制造有限公司引企入校合作协议》（引企入校），协议方：丽水市职业高级中学、丽水思博特精密制造有限公司。');
    const lectures = positions(text, ['丽水智能制造产教融合共同体研讨会。', '专家专题讲座：如何成为有“温度”、有“情怀”的专业教师（楼海斌）', '“三教”改革背景下的教学思考（王刚）', '技能竞赛与教学实施经验分享（叶军）', '参观学校机械专业实训基地。']);
    expect(ascending(lectures)).toBe(true);
  });

  it('is drafted in English where the interface is', async () => {
    const text = newsText(await launchDraft('en'), 'en');
    expect(text).toContain('the 丽水智能制造产教融合共同体成立启动仪式 was held at 丽水市职业高级中学.');
    expect(text).toContain('桑文勇, 党委委员、副局长, Lishui Education Bureau');
    expect(text).toContain('Lead units Lishui Vocational High School');
  });

  it('exports as a .docx holding every paragraph and the photos in order, each at its own aspect ratio', async () => {
    const draft = await launchDraft('zh-CN');
    const png = new Uint8Array(await readFile(new URL('../../../../docs/templates/programme.png', import.meta.url)));
    const photo = { kind: 'photo' as const, number: 1, sha256: 'a'.repeat(64) };
    const files = unzipSync(await newsDocx({ ...draft, blocks: [...draft.blocks, photo] }, new Map([[photo.sha256, { bytes: png, mimeType: 'image/png' }]])));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('\n');
    for (const block of draft.blocks) if (block.kind === 'paragraph') expect(texts).toContain(block.text.replaceAll('“', '“'));
    expect(texts).toContain('图1');
    expect(Object.keys(files).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(xml).toMatch(/<wp:extent cx="\d+" cy="\d+"/);
  });
});
