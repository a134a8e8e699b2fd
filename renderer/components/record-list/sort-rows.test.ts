import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

const rows = [
  { name: '张三', kind: '企业', year: 2024, key: 'zhangsan' },
  { name: '李四', kind: '高职院校', year: 2019, key: 'lisi' },
  { name: '王五', kind: '企业', year: 2026, key: 'wangwu' },
];

describe('sortRows', () => {
  it('collates Chinese values in pinyin order, keeping equal values in their order', () => {
    expect(sortRows(rows, { value: (row) => row.kind }, false).map((row) => row.name)).toEqual(['李四', '张三', '王五']);
    expect(sortRows(rows, { value: (row) => row.kind }, true).map((row) => row.name)).toEqual(['张三', '王五', '李四']);
  });

  it('sorts numbers as numbers', () => {
    expect(sortRows(rows, { value: (row) => row.year }, false).map((row) => row.year)).toEqual([2019, 2024, 2026]);
  });

  it('uses an ASCII sort key when the column has one', () => {
    expect(sortRows(rows, { value: (row) => row.name, sortKey: (row) => row.key }, false).map((row) => row.name)).toEqual(['李四', '王五', '张三']);
  });
});
