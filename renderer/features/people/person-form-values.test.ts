import { describe, expect, it } from 'vitest';
import { emptyPersonValues, personFormValues } from './person-form-values';

/** Issue 12, point 9: no value of one person's form may reach the next one's. */
describe('the values a person form opens with', () => {
  it('are a new object for every new person, so typing into one form never reaches the next', () => {
    const first = emptyPersonValues(null);
    first.title = '高级技师';
    first.expertise = '技能竞赛';
    expect(emptyPersonValues(null)).toEqual({ name: '', unitId: null, position: '', title: '', phone: '', email: '', expertise: '' });
    expect(emptyPersonValues('unit-1')).not.toBe(emptyPersonValues('unit-1'));
  });

  it('copy a person being edited rather than share the record', () => {
    const person = { id: 'p1', deleted: false, name: '欧阳𠮷', unitId: null, position: '', title: '高级技师', phone: '', email: '', expertise: '技能竞赛' };
    const values = personFormValues(person);
    values.title = '';
    expect(person.title).toBe('高级技师');
  });
});
