import { describe, expect, it } from 'vitest';
import { recordMessages } from './messages';
import { historySecondary } from './history-line';

describe('a history entry’s second line', () => {
  it('says which office replaced this desk’s value, in Chinese and English', () => {
    const zh = recordMessages['zh-CN'].replacedBy;
    expect(historySecondary({ replacedMine: true }, '2026-12-04 11:05', '丽水职高办公室', zh)).toBe('2026-12-04 11:05 · 丽水职高办公室 · 本机的修改已被 丽水职高办公室 替换');
    expect(historySecondary({ replacedMine: true }, '4 Dec 2026, 11:05', '欧阳𠮷㐂 office', recordMessages.en.replacedBy)).toBe(
      '4 Dec 2026, 11:05 · 欧阳𠮷㐂 office · This computer’s change was replaced by 欧阳𠮷㐂 office',
    );
  });

  it('names only the time and office of an entry that replaced nothing of this desk', () => {
    expect(historySecondary({}, '2026-12-04 11:05', '职教集团秘书处', recordMessages['zh-CN'].replacedBy)).toBe('2026-12-04 11:05 · 职教集团秘书处');
  });
});
