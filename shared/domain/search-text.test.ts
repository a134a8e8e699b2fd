import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeQuery, searchTextOf } from './search-text';

describe('search text', () => {
  const text = searchTextOf({ name: '丽水市职业高级中学', shortName: '丽水职高' } as never);

  it('finds a unit by its Chinese name, its pinyin and its pinyin initials', () => {
    for (const query of ['职业高级', 'lszg', 'lsszygjzx', 'lishuishi', 'LiShui Zhi']) {
      expect(matchesSearch(text, normalizeQuery(query)), query).toBe(true);
    }
  });

  it('does not find it by something else', () => {
    expect(matchesSearch(text, normalizeQuery('天津'))).toBe(false);
    expect(matchesSearch(text, normalizeQuery('tj'))).toBe(false);
  });

  it('finds an issued document by its number or its recipient', () => {
    const issued = searchTextOf({ number: 'LSZZ-2026-KQ017', recipientName: '丽水思博特精密制造有限公司' } as never);
    for (const query of ['lszz-2026-kq017', 'KQ017', '思博特', 'sbt']) expect(matchesSearch(issued, normalizeQuery(query)), query).toBe(true);
  });

  it('matches everything with an empty query', () => {
    expect(matchesSearch(text, normalizeQuery('   '))).toBe(true);
  });
});
