import { escapeHtml } from './escape';

/**
 * Words of this domain that the segmenter's dictionary splits (ICU gives 委员|会, 机器|人, 互|联|网,
 * 实|训): a line never breaks inside one of them. Only words that cannot straddle a real word
 * boundary in a unit name or a title are listed.
 */
const domainWords = [
  '委员会',
  '副主任',
  '主任委员',
  '副主任委员',
  '秘书长',
  '副秘书长',
  '秘书处',
  '理事长',
  '副理事长',
  '理事会',
  '常务理事',
  '共同体',
  // How an alliance names itself at the end of a licence's sentence (本共同体, 本联盟, 本集团).
  '本共同体',
  '本联盟',
  '本集团',
  '产教融合',
  '校企合作',
  '互联网',
  '机器人',
  '实训',
  '实验室',
  '工作室',
  '工作站',
  '有限公司',
  '有限责任公司',
  '股份有限公司',
  '分公司',
  '职业技术学院',
  '职业学院',
  '技术学院',
  '职业教育',
  '产业学院',
  '产业园',
  '研究院',
  '研究所',
  '自治区',
  '自治州',
  '自治县',
  '数控',
  '新能源',
  '储能',
  '跨境',
  '电子商务',
  '双师型',
  '订单班',
  '学徒制',
  '零部件',
  '数字化',
  '装配式',
  '共建',
  '校企',
] as const;

/** Characters that may not begin a line (closing punctuation) or end one (opening punctuation). */
const noLineStart = new Set(Array.from('，。、；：？！）》」』】〕〉”’…—·,.;:?!)]}%-－–'));
const noLineEnd = new Set(Array.from('（《「『【〔〈“‘([{'));

/** A Chinese character (of any CJK block) at the end or start of a segment. */
const han = /\p{Script=Han}/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Where a line may break in `text`, as UTF-16 offsets: between the words Intl.Segmenter finds,
 * except inside a word of the domain list, before closing punctuation or after opening
 * punctuation. Spaces break by themselves and get no mark.
 */
export function wordBreakOffsets(text: string): number[] {
  const offsets = new Set<number>();
  let previous: string | undefined;
  for (const { segment, index } of segmenter.segment(text)) {
    if (previous !== undefined && index > 0) {
      const before = Array.from(previous).at(-1) ?? '';
      const after = Array.from(segment)[0] ?? '';
      // Only where Chinese meets Chinese or Latin: a run of Latin letters, digits and hyphens
      // (LSZZ-2026-A017, FANUC) keeps the browser's own line-breaking rules.
      if ((han.test(before) || han.test(after)) && !/\s/.test(before) && !/\s/.test(after) && !noLineStart.has(after) && !noLineEnd.has(before)) offsets.add(index);
    }
    previous = segment;
  }
  for (const word of domainWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let inside = at + 1; inside < at + word.length; inside += 1) offsets.delete(inside);
    }
  }
  return [...offsets].sort((a, b) => a - b);
}

/**
 * The text escaped for HTML with a `<wbr>` at every word boundary. With `word-break: keep-all` in
 * the style sheet these are the only places a line breaks (besides spaces and punctuation), so
 * 专家指导委员会副主任 wraps as 专家指导/委员会副主任, never 委员/会.
 */
export function markWordBreaks(text: string): string {
  const offsets = wordBreakOffsets(text);
  let html = '';
  let from = 0;
  for (const offset of offsets) {
    html += `${escapeHtml(text.slice(from, offset))}<wbr>`;
    from = offset;
  }
  return html + escapeHtml(text.slice(from));
}
