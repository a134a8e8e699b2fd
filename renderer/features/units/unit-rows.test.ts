import { describe, expect, it } from 'vitest';
import type { Membership, Unit } from '../../../shared/domain/records';
import { buildUnitRows, unitMatches } from './unit-rows';

const lishuiHigh: Unit & { _search: string } = {
  id: '01900000-0000-7000-8000-000000000001',
  deleted: false,
  name: '丽水市职业高级中学',
  shortName: '丽水职高',
  kind: 'secondary-vocational-school',
  creditCode: '',
  region: '浙江省丽水市',
  address: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  website: '',
  _search: '',
};
const sibot: Unit & { _search: string } = { ...lishuiHigh, id: '01900000-0000-7000-8000-000000000002', name: '丽水思博特精密制造有限公司', shortName: '', kind: 'enterprise' };
const community = { id: '01900000-0000-7000-8000-0000000000a1', name: '丽水智能制造产教融合共同体', shortName: '丽水智造共同体' };
const group = { id: '01900000-0000-7000-8000-0000000000a2', name: '天津先进制造职业教育集团', shortName: '' };

function membership(unit: Unit, allianceId: string, role: Membership['role'], status: Membership['status'] = 'active', deleted = false): Membership {
  return { id: `${unit.id.slice(0, -2)}${allianceId.slice(-2)}`, deleted, allianceId, unitId: unit.id, role, joinedOn: null, status, representativeId: null };
}
const roleWithStatus = (role: string, status: string): string => `${role}（${status}）`;

describe('the rows of the unit list', () => {
  it('words each role, naming the alliance only when there are several', () => {
    const memberships = [membership(lishuiHigh, community.id, 'lead-unit'), membership(sibot, community.id, 'member-unit', 'pending')];
    const [high, enterprise] = buildUnitRows([lishuiHigh, sibot], memberships, [community], 'zh-CN', roleWithStatus);
    expect(high?.kindLabel).toBe('中职学校');
    expect(high?.roles).toBe('牵头单位');
    expect(enterprise?.roles).toBe('成员单位（待批准）');

    const [both] = buildUnitRows([lishuiHigh], [...memberships, membership(lishuiHigh, group.id, 'council-unit')], [community, group], 'en', roleWithStatus);
    expect(both?.roles).toBe('丽水智造共同体 Lead unit; 天津先进制造职业教育集团 Council unit');
  });

  it('leaves deleted memberships out', () => {
    const [high] = buildUnitRows([lishuiHigh], [membership(lishuiHigh, community.id, 'lead-unit', 'active', true)], [community], 'zh-CN', roleWithStatus);
    expect(high?.roles).toBe('');
    expect(high?.memberships).toEqual([]);
  });
});

describe('the filters of the unit list', () => {
  const rows = buildUnitRows(
    [lishuiHigh, sibot],
    [membership(lishuiHigh, community.id, 'lead-unit'), membership(lishuiHigh, group.id, 'member-unit'), membership(sibot, community.id, 'member-unit', 'withdrawn')],
    [community, group],
    'zh-CN',
    roleWithStatus,
  );
  const names = (query: string): string[] => rows.filter((row) => unitMatches(row, new URLSearchParams(query))).map((row) => row.unit.name);

  it('filters by kind and by alliance', () => {
    expect(names('')).toEqual([lishuiHigh.name, sibot.name]);
    expect(names('kind=enterprise')).toEqual([sibot.name]);
    expect(names(`alliance=${group.id}`)).toEqual([lishuiHigh.name]);
  });

  it('asks role, alliance and status of one and the same membership', () => {
    expect(names('role=lead-unit')).toEqual([lishuiHigh.name]);
    expect(names(`alliance=${group.id}&role=lead-unit`)).toEqual([]);
    expect(names(`alliance=${community.id}&role=member-unit`)).toEqual([sibot.name]);
    expect(names(`alliance=${community.id}&status=active`)).toEqual([lishuiHigh.name]);
    expect(names('status=withdrawn&kind=secondary-vocational-school')).toEqual([]);
  });
});
