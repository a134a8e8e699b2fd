import { pinyin } from 'pinyin-pro';
import type { RecordOf, RecordTable } from './tables';

const han = /\p{Script=Han}/u;

function withPinyin(text: string): string {
  // Codes and Latin names have no pinyin; skipping them halves the work of a large import.
  if (!han.test(text)) return text;
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const initials = syllables.map((syllable) => syllable.charAt(0)).join('');
  // Full pinyin first: sorting by the search text then sorts names as Chinese readers expect.
  return [syllables.join(''), initials, text].join('\u0001');
}

/**
 * What a search matches a record against: its names as written, and in pinyin, whole and by
 * initials, so 丽水职高 is found by typing lszg or lishui.
 */
export function searchTextOf<T extends RecordTable>(record: RecordOf<T>): string {
  const values = record as Record<string, unknown>;
  const names = ['name', 'shortName', 'title', 'creditCode', 'number', 'recipientName'].map((key) => values[key]).filter((value): value is string => typeof value === 'string' && value !== '');
  return names.map(withPinyin).join('\u0001').toLowerCase();
}

export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/g, '');
}

export function matchesSearch(searchText: string, normalizedQuery: string): boolean {
  return normalizedQuery === '' || searchText.includes(normalizedQuery);
}
