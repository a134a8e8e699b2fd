import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-TW', 'en-US'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE', 'en-US'], 'en'],
    [['fr-FR'], 'zh-CN'],
    [[], 'zh-CN'],
  ])('%j gives %s', (preferred, expected) => {
    expect(resolveLocale(preferred)).toBe(expected);
  });
});
