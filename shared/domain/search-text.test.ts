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

  it('matches everything with an empty query', () => {
    expect(matchesSearch(text, normalizeQuery('   '))).toBe(true);
  });
});
