import { describe, expect, it } from 'vitest';
import { emptyUnitValues } from './unit-form-values';

describe('the values a new unit form opens with', () => {
  // Issue 12, point 9: every new-unit form starts from this one object; a form that wrote into it would hand its values to the next.
  it('are one frozen object that nothing can write into', () => {
    expect(Object.isFrozen(emptyUnitValues)).toBe(true);
    expect(() => Object.assign(emptyUnitValues, { name: '丽水市职业高级中学' })).toThrow(TypeError);
    expect(emptyUnitValues.name).toBe('');
  });
});
