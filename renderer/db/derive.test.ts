import { describe, expect, it, vi } from 'vitest';
import { derive } from './derive';

describe('derive', () => {
  it('computes again only when an input changes identity', () => {
    const compute = vi.fn((rows: number[]) => rows.map((row) => row * 2));
    const rows = [1, 2, 3];
    const first = derive('doubled', [rows], () => compute(rows));
    expect(derive('doubled', [rows], () => compute(rows))).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    const changed = [1, 2, 3];
    expect(derive('doubled', [changed], () => compute(changed))).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
