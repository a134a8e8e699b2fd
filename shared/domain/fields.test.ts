import { describe, expect, it } from 'vitest';
import { looksLikePhone, phone } from './fields';
import { personSchema, unitSchema } from './records';

const unit = { id: '0190a3b4-0000-7000-8000-000000000001', kind: 'enterprise' };

describe('the text rules shared by forms and imports', () => {
  it('keeps a phone field as written, and tells a number from a note', () => {
    for (const text of ['0578-2123456 转 8', '见备注', '0731-84561234；13812345678', '+86 138-1234-5678', '(0731)84561234']) expect(phone.parse(` ${text} `)).toBe(text);
    expect(['0578-2123456 转 8', '+86 138-1234-5678', '(0731)84561234', '138 1234 5678', ''].every(looksLikePhone)).toBe(true);
    expect(['见备注', '0731-84561234；13812345678', 'n/a'].some(looksLikePhone)).toBe(false);
    expect(phone.safeParse('1'.repeat(41)).error?.issues[0]?.message).toBe('too-long');
  });

  it('keeps names with markup as written, for units and people alike', () => {
    expect(unitSchema.parse({ ...unit, name: '<b>思博特</b>精密制造' }).name).toBe('<b>思博特</b>精密制造');
    expect(personSchema.parse({ id: unit.id, name: '<script>alert(1)</script>' }).name).toBe('<script>alert(1)</script>');
  });
});
