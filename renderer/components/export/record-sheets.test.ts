import { describe, expect, it } from 'vitest';
import type { Person, Unit } from '../../../shared/domain/records';
import { peopleById, personListSheet, unitListSheet } from './record-sheets';

const unit: Unit = {
  id: '0190a3b4-0000-7000-8000-000000000001',
  deleted: false,
  name: '丽水职业高级中学',
  shortName: '丽水职高',
  kind: 'secondary-vocational-school',
  creditCode: '',
  region: '浙江省丽水市',
  address: '丽水市莲都区中山街 1 号',
  contactName: '李立进',
  contactPhone: '0578-2123456 转 8',
  contactEmail: 'li@example.cn',
  website: '',
};
const person: Person = { id: '0190a3b4-0000-7000-8000-000000000002', deleted: false, name: '司徒嘉怡', unitId: unit.id, position: '副校长', title: '高级讲师', phone: '', email: '', expertise: '智能制造' };
const alliances = [
  { id: 'a1', deleted: false },
  { id: 'a2', deleted: false },
];

describe('the full exports of the units and people lists', () => {
  it('writes every field of a unit and its membership of the alliance the list is filtered by', () => {
    const rows = [
      {
        unit,
        roles: '集团 理事单位；共同体 成员单位',
        memberships: [
          { allianceId: 'a2', role: 'member-unit', joinedOn: '2023-05-09', status: 'withdrawn', representativeId: null } as const,
          { allianceId: 'a1', role: 'standing-council-unit', joinedOn: null, status: 'active', representativeId: person.id } as const,
        ],
      },
    ];
    const representatives = { people: peopleById([person]), unitNames: new Map([[unit.id, unit.name]]) };
    const sheet = unitListSheet(rows, new URLSearchParams('alliance=a1'), alliances, 'zh-CN', representatives);
    expect(sheet.columns.map((column) => column.header)).toEqual(['单位名称', '简称', '单位类型', '统一社会信用代码', '地区', '地址', '联系人', '联系电话', '电子邮箱', '网址', '联盟角色', '加入日期', '状态', '单位代表']);
    expect(sheet.rows).toEqual([['丽水职业高级中学', '丽水职高', '中职学校', '', '浙江省丽水市', '丽水市莲都区中山街 1 号', '李立进', '0578-2123456 转 8', 'li@example.cn', '', '常务理事单位', '', '正式成员', '司徒嘉怡']]);
    expect(unitListSheet(rows, new URLSearchParams('alliance=a2'), alliances, 'en', representatives).rows[0]?.slice(-4)).toEqual(['Member unit', '2023-05-09', 'Withdrawn', '']);
    // A representative from another unit is written with that unit, as the import finds them.
    const elsewhere = { people: peopleById([{ ...person, unitId: 'u-college' }]), unitNames: new Map([['u-college', '丽水职业技术学院']]) };
    expect(unitListSheet(rows, new URLSearchParams('alliance=a1'), alliances, 'zh-CN', elsewhere).rows[0]?.at(-1)).toBe('司徒嘉怡（丽水职业技术学院）');
  });

  it('writes the roles in every alliance as one column when no alliance is chosen among several', () => {
    const sheet = unitListSheet([{ unit, roles: '集团 理事单位；共同体 成员单位', memberships: [] }], new URLSearchParams(), alliances, 'zh-CN', { people: new Map(), unitNames: new Map() });
    expect(sheet.columns.at(-1)?.header).toBe('参加的联盟');
    expect(sheet.rows[0]?.at(-1)).toBe('集团 理事单位；共同体 成员单位');
  });

  it('writes every field of a person, the employer by name, and the committee post and term of the only alliance', () => {
    const rows = [{ person, unitName: unit.name, appointmentsText: '', appointments: [{ allianceId: 'a1', body: 'expert-steering-committee', role: 'vice-chair', termStart: '2024-06-01', termEnd: '2027-06-01' } as const] }];
    const sheet = personListSheet(rows, new URLSearchParams(), [alliances[0] ?? { id: 'a1', deleted: false }], 'zh-CN');
    expect(sheet.columns.map((column) => column.header)).toEqual(['姓名', '工作单位', '职务', '职称', '电话', '电子邮箱', '专长', '委员会职务', '聘期']);
    expect(sheet.rows).toEqual([['司徒嘉怡', '丽水职业高级中学', '副校长', '高级讲师', '', '', '智能制造', '副主任', '2024-06-01至2027-06-01']]);
  });
});
