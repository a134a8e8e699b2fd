import { describe, expect, it } from 'vitest';
import { overflowDetail } from '../../shared/documents/fit-text';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { overflowMessage } from './overflow-message';

describe('a refused document in words', () => {
  const details = [overflowDetail({ page: 2, elementId: 'recipient', lines: 3, maxLines: 2, minSizePt: 15 }), overflowDetail({ page: 6, elementId: 'body', lines: 4, maxLines: 2, minSizePt: 15 })];

  it('names each text that does not fit by its page (from 1) and element, in both languages', () => {
    expect(overflowMessage(zhCN, details)).toBe(`${zhCN.errors['text-overflow']} 第 3 页的元素 recipient 需 3 行，最多 2 行；第 7 页的元素 body 需 4 行，最多 2 行`);
    expect(overflowMessage(en, details)).toContain('page 3, element recipient: 3 lines where 2 fit; page 7, element body');
  });

  it('lists five and counts the rest, and says what happened even without details', () => {
    const many = Array.from({ length: 7 }, (_, page) => overflowDetail({ page, elementId: 'recipient', lines: 3, maxLines: 2, minSizePt: 15 }));
    expect(overflowMessage(zhCN, many)).toMatch(/第 5 页.*另有 2 处$/);
    expect(overflowMessage(zhCN, ['not json'])).toBe(zhCN.errors['text-overflow']);
  });
});
