import { describe, expect, it } from 'vitest';
import type { Grant } from './permissions';
import { bulkRefusal, createRefusal, editRefusal } from './permissions';

// The rules the desk's buttons follow (renderer/components/record/use-can-edit.ts): lists' 新建 and
// import, a record form's 保存 (edit, or create for a new record), the bulk action bar.
const own = '0193a000-0000-7000-8000-000000000001';
const other = '0193a000-0000-7000-8000-000000000002';
const secretariat: Grant = { role: 'secretariat', unitId: null };
const readOnly: Grant = { role: 'read-only', unitId: null };
const office: Grant = { role: 'member-office', unitId: own };
const listTables = ['alliances', 'units', 'people', 'events', 'agreements', 'actionPlans', 'memberships', 'appointments', 'planSections', 'planTasks'];

describe('what the desk offers to create, save and act on in bulk', () => {
  it('offers the secretariat everything', () => {
    for (const table of listTables) expect(createRefusal(secretariat, table)).toBeNull();
    expect(bulkRefusal(secretariat)).toBeNull();
    expect(editRefusal(secretariat, 'events', 'e1', { id: 'e1', title: '校企合作洽谈会' })).toBeNull();
  });

  it('offers a read-only desk nothing, with the read-only reason', () => {
    for (const table of listTables) expect(createRefusal(readOnly, table)).toBe('read-only');
    expect(bulkRefusal(readOnly)).toBe('read-only');
    expect(editRefusal(readOnly, 'events', 'e1', { id: 'e1', title: '校企合作洽谈会' })).toBe('read-only');
    expect(editRefusal(readOnly, 'units', own, { id: own, name: '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地' })).toBe('read-only');
  });

  it('lets a member office create only its unit’s people; events, plans, alliances and agreements are the secretariat’s', () => {
    expect(createRefusal(office, 'people')).toBeNull();
    expect(createRefusal({ role: 'member-office', unitId: null }, 'people')).toBe('not-own-unit');
    for (const table of ['alliances', 'events', 'actionPlans', 'planSections', 'planTasks', 'appointments']) expect(createRefusal(office, table)).toBe('table-not-allowed');
    for (const table of ['units', 'memberships', 'agreements']) expect(createRefusal(office, table)).toBe('not-own-unit');
    expect(bulkRefusal(office)).toBe('table-not-allowed');
  });

  it('lets a member office save the forms of its own records only', () => {
    expect(editRefusal(office, 'events', 'e1', { id: 'e1', title: '校企合作洽谈会' })).toBe('table-not-allowed');
    expect(editRefusal(office, 'units', own, { id: own })).toBeNull();
    expect(editRefusal(office, 'units', other, { id: other })).toBe('not-own-unit');
    expect(editRefusal(office, 'memberships', 'm1', { id: 'm1', unitId: own })).toBeNull();
    expect(editRefusal(office, 'memberships', 'm2', { id: 'm2', unitId: other })).toBe('not-own-unit');
    expect(editRefusal(office, 'agreements', 'a1', { id: 'a1', partyUnitIds: [other, own] })).toBeNull();
    expect(editRefusal(office, 'agreements', 'a2', { id: 'a2', partyUnitIds: [other] })).toBe('not-own-unit');
  });
});
