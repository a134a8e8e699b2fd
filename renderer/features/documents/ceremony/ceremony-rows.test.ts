import { describe, expect, it } from 'vitest';
import { badges, ceremonyEntries, namedEntries, signInRows } from './ceremony-rows';

const people = new Map([
  ['p1', { name: '欧阳𠮷', unitId: 'u1', position: '副院长', title: '教授', deleted: false }],
  ['p2', { name: '王海斌', unitId: 'u2', position: '', title: '高级工程师', deleted: false }],
  ['p3', { name: '上官婉儿', unitId: null, position: '处长', title: '', deleted: false }],
  ['p4', { name: '已删除', unitId: 'u1', position: '', title: '', deleted: true }],
]);
const units = new Map([
  ['u1', { name: '丽水职业技术学院', deleted: false }],
  ['u2', { name: '浙江省丽水市莲都区智能制造装备产业技术研究院有限责任公司丽水分公司', deleted: false }],
  ['u3', { name: '丽水市职业高级中学', deleted: false }],
  ['u4', { name: '已撤销单位', deleted: true }],
]);
const participant = (id: string, role: 'guest-leader' | 'speaker' | 'expert' | 'representative' | 'teacher', target: { personId?: string; unitId?: string }, deleted = false) => ({
  id,
  role,
  personId: target.personId ?? null,
  unitId: target.unitId ?? null,
  deleted,
});

describe('ceremony entries', () => {
  const participants = [
    participant('a', 'representative', { personId: 'p2' }),
    participant('b', 'expert', { personId: 'p3' }),
    participant('c', 'guest-leader', { personId: 'p1' }),
    participant('d', 'representative', { unitId: 'u3' }),
    participant('e', 'expert', { personId: 'p4' }),
    participant('f', 'representative', { unitId: 'u4' }),
    participant('g', 'teacher', { personId: 'p1' }, true),
  ];

  it('orders as the event page does, takes unit and position from the registry, and leaves out the deleted', () => {
    const entries = ceremonyEntries(participants, people, units);
    expect(entries.map((entry) => entry.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(entries[0]).toEqual({ id: 'c', personId: 'p1', name: '欧阳𠮷', unit: '丽水职业技术学院', position: '副院长', role: '出席领导' });
    // No position: the professional title stands in; no employer: no unit.
    expect(entries[3]).toMatchObject({ name: '王海斌', position: '高级工程师' });
    expect(entries[1]).toMatchObject({ name: '上官婉儿', unit: '' });
    // A unit as itself: its representative writes the name.
    expect(entries[2]).toMatchObject({ personId: null, name: '', unit: '丽水市职业高级中学', role: '代表' });
  });

  it('gives the sign-in sheet every entry, badges and table cards only the named', () => {
    const entries = ceremonyEntries(participants, people, units);
    expect(signInRows(entries)).toHaveLength(4);
    expect(namedEntries(entries).map((entry) => entry.name)).toEqual(['欧阳𠮷', '上官婉儿', '王海斌']);
    expect(badges(entries)[0]).toEqual({ name: '欧阳𠮷', unit: '丽水职业技术学院', role: '出席领导' });
  });
});
