import { describe, expect, it } from 'vitest';
import type { Appointment, Person } from '../../../shared/domain/records';
import { buildPersonRows, personMatches } from './person-rows';

const unitId = '01900000-0000-7000-8000-000000000001';
const community = { id: '01900000-0000-7000-8000-0000000000a1', name: '丽水智能制造产教融合共同体', shortName: '丽水智造共同体' };
const group = { id: '01900000-0000-7000-8000-0000000000a2', name: '天津先进制造职业教育集团', shortName: '' };
const base: Person & { _search: string } = { id: '01900000-0000-7000-8000-0000000000b1', deleted: false, name: '李立进', unitId, position: '党总支书记、校长', title: '', phone: '', email: '', expertise: '', _search: '' };
const li = base;
const zhu: typeof base = { ...base, id: '01900000-0000-7000-8000-0000000000b2', name: '朱美芬', position: '校长助理' };
const huang: typeof base = { ...base, id: '01900000-0000-7000-8000-0000000000b3', name: '黄毅', unitId: null };
const unitNames = new Map([[unitId, '丽水市职业高级中学']]);

let serial = 0;
function appointment(person: Person, allianceId: string, body: Appointment['body'], role: Appointment['role'], deleted = false): Appointment {
  serial += 1;
  return { id: `01900000-0000-7000-8000-0000000001${String(serial).padStart(2, '0')}`, deleted, allianceId, personId: person.id, body, role, termStart: null, termEnd: null };
}

describe('the rows of the people list', () => {
  it('names the employer and words the appointments, the alliance only when there are several', () => {
    const appointments = [appointment(li, community.id, 'expert-steering-committee', 'member'), appointment(zhu, community.id, 'secretariat', 'secretary-general', true)];
    const [first, second, third] = buildPersonRows([li, zhu, huang], appointments, unitNames, [community], 'zh-CN');
    expect(first?.unitName).toBe('丽水市职业高级中学');
    expect(first?.appointmentsText).toBe('专家指导委员会 委员');
    expect(second?.appointmentsText).toBe('');
    expect(third?.unitName).toBe('');

    const [both] = buildPersonRows([li], [...appointments, appointment(li, group.id, 'council', 'vice-chair')], unitNames, [community, group], 'en');
    expect(both?.appointmentsText).toBe('丽水智造共同体 Expert Steering Committee Member; 天津先进制造职业教育集团 Council Vice-chair');
  });
});

describe('the filters of the people list', () => {
  const rows = buildPersonRows(
    [li, zhu, huang],
    [appointment(li, community.id, 'expert-steering-committee', 'chair'), appointment(zhu, community.id, 'expert-steering-committee', 'member'), appointment(zhu, group.id, 'council', 'chair')],
    unitNames,
    [community, group],
    'zh-CN',
  );
  const names = (query: string): string[] => rows.filter((row) => personMatches(row, new URLSearchParams(query))).map((row) => row.person.name);

  it('filters by body and alliance', () => {
    expect(names('')).toEqual(['李立进', '朱美芬', '黄毅']);
    expect(names('body=expert-steering-committee')).toEqual(['李立进', '朱美芬']);
    expect(names(`alliance=${group.id}`)).toEqual(['朱美芬']);
  });

  it('asks body, role and alliance of one and the same appointment', () => {
    expect(names('body=expert-steering-committee&role=chair')).toEqual(['李立进']);
    expect(names(`alliance=${group.id}&body=expert-steering-committee`)).toEqual([]);
  });
});
