import type { Locale } from '../i18n/locale';

/**
 * The data a document template may print, each written `{key}` in a text element. The issuing
 * code (recipient-values.ts) fills them from records; the template editor offers them by label.
 */
export const placeholderLabels = {
  recipientName: { 'zh-CN': '受证/受聘方名称', en: 'Recipient name' },
  unitName: { 'zh-CN': '单位名称', en: 'Unit name' },
  role: { 'zh-CN': '成员角色（成员单位、牵头单位…）', en: 'Role (member unit, lead unit …)' },
  allianceName: { 'zh-CN': '联盟名称', en: 'Alliance name' },
  allianceShortName: { 'zh-CN': '联盟简称', en: 'Alliance short name' },
  allianceSelf: { 'zh-CN': '联盟自称（本共同体、本集团、本联盟，随联盟类型）', en: 'The alliance naming itself (本共同体, 本集团 …, by its kind)' },
  issuerName: { 'zh-CN': '落款单位（默认联盟名称）', en: 'Issuer (the alliance’s name unless set)' },
  body: { 'zh-CN': '聘任机构（专家指导委员会…）', en: 'Appointing body (Expert Steering Committee …)' },
  position: { 'zh-CN': '聘任职务（委员、主任委员…）', en: 'Position (member, chair …)' },
  title: { 'zh-CN': '职称/职务', en: 'Professional title' },
  term: { 'zh-CN': '聘期（起止）', en: 'Term (from–to)' },
  termStart: { 'zh-CN': '聘期开始', en: 'Term start' },
  termEnd: { 'zh-CN': '聘期结束', en: 'Term end' },
  number: { 'zh-CN': '证书编号', en: 'Document number' },
  issuedOn: { 'zh-CN': '颁发日期', en: 'Issued on' },
  issuedOnChinese: { 'zh-CN': '颁发日期（中文数字，如二〇二六年十一月）', en: 'Issued on, in Chinese numerals (二〇二六年十一月)' },
  eventTitle: { 'zh-CN': '活动名称', en: 'Event title' },
  agreementTitle: { 'zh-CN': '协议名称', en: 'Agreement title' },
  parties: { 'zh-CN': '协议各方', en: 'Parties to the agreement' },
  signedOn: { 'zh-CN': '签约日期', en: 'Signed on' },
  signedOnChinese: { 'zh-CN': '签约日期（中文数字）', en: 'Signed on, in Chinese numerals' },
} as const satisfies Record<string, Record<Locale, string>>;

export type PlaceholderKey = keyof typeof placeholderLabels;
export const placeholderKeys = Object.keys(placeholderLabels) as PlaceholderKey[];
export type PlaceholderValues = Partial<Record<PlaceholderKey, string>>;

export function isPlaceholderKey(key: string): key is PlaceholderKey {
  return Object.hasOwn(placeholderLabels, key);
}

export function placeholderLabel(key: PlaceholderKey, locale: Locale): string {
  return placeholderLabels[key][locale];
}

/**
 * `unknown`: a `{name}` no template may use (a typo in the editor). `missing`: a known key the
 * recipient has no value for (an expert without a title). Either way nothing is printed.
 */
export type ResolvedContent = { ok: true; text: string } | { ok: false; unknown: string[]; missing: PlaceholderKey[] };

const placeholderPattern = /\{([^{}]*)\}/g;

/** The keys a content string refers to, known or not, in order of first use. */
export function referencedPlaceholders(content: string): string[] {
  return [...new Set([...content.matchAll(placeholderPattern)].map((match) => (match[1] ?? '').trim()))];
}

/** Fills `{key}` placeholders; `{{` and `}}` print a literal brace. The text is NOT escaped here. */
export function resolveContent(content: string, values: PlaceholderValues): ResolvedContent {
  const unknown: string[] = [];
  const missing: PlaceholderKey[] = [];
  const guarded = content.replaceAll('{{', '\u0000').replaceAll('}}', '\u0001');
  const text = guarded.replace(placeholderPattern, (_whole, raw: string) => {
    const key = raw.trim();
    if (!isPlaceholderKey(key)) {
      if (!unknown.includes(key)) unknown.push(key);
      return '';
    }
    const value = values[key];
    if (value === undefined || value.trim() === '') {
      if (!missing.includes(key)) missing.push(key);
      return '';
    }
    return value;
  });
  if (unknown.length > 0 || missing.length > 0) return { ok: false, unknown, missing };
  return { ok: true, text: text.replaceAll('\u0000', '{').replaceAll('\u0001', '}') };
}
export { chineseDate } from './chinese-date';
