import { describe, expect, it } from 'vitest';
import type { Grant } from './permissions';
import { deleteRefusal, editRefusal, writeRefusal } from './permissions';

const own = '0193a000-0000-7000-8000-000000000001';
const other = '0193a000-0000-7000-8000-000000000002';
const office: Grant = { role: 'member-office', unitId: own };
const row = '0193a000-0000-7000-8000-0000000000aa';
const write = (table: string, field: string, value: unknown = 'x') => ({ table, rowId: row, field, value });

describe('writeRefusal', () => {
  it('lets the secretariat write everything and a read-only device nothing', () => {
    expect(writeRefusal({ role: 'secretariat', unitId: null }, write('alliances', 'name'), { before: null, after: {} })).toBeNull();
    expect(writeRefusal({ role: 'read-only', unitId: null }, write('people', 'phone'), { before: { unitId: own }, after: { unitId: own } })).toBe('read-only');
  });

  it('lets a member office change its own unit but not delete it, nor touch another unit', () => {
    expect(writeRefusal(office, { ...write('units', 'contactPhone'), rowId: own }, { before: {}, after: {} })).toBeNull();
    expect(writeRefusal(office, { ...write('units', 'deleted', true), rowId: own }, { before: {}, after: {} })).toBe('field-not-allowed');
    expect(writeRefusal(office, { ...write('units', 'name'), rowId: other }, { before: {}, after: {} })).toBe('not-own-unit');
  });

  it('lets a member office add, change and delete its unit’s people, never move one to or from another unit', () => {
    expect(writeRefusal(office, write('people', 'name', '欧阳𠮷'), { before: null, after: { unitId: own } })).toBeNull();
    expect(writeRefusal(office, write('people', 'deleted', true), { before: { unitId: own }, after: { unitId: own } })).toBeNull();
    expect(writeRefusal(office, write('people', 'unitId', other), { before: { unitId: own }, after: { unitId: other } })).toBe('not-own-unit');
    expect(writeRefusal(office, write('people', 'unitId', own), { before: { unitId: other }, after: { unitId: own } })).toBe('not-own-unit');
    expect(writeRefusal(office, write('people', 'name'), { before: null, after: { unitId: null } })).toBe('not-own-unit');
  });

  it('lets a member office change only the contact of its unit’s memberships and the scans of its agreements', () => {
    const membership = { unitId: own, role: 'member-unit' };
    expect(writeRefusal(office, write('memberships', 'representativeId', row), { before: membership, after: membership })).toBeNull();
    expect(writeRefusal(office, write('memberships', 'role', 'chair-unit'), { before: membership, after: membership })).toBe('field-not-allowed');
    expect(writeRefusal(office, write('memberships', 'representativeId', row), { before: { unitId: other }, after: { unitId: other } })).toBe('not-own-unit');
    expect(writeRefusal(office, write('memberships', 'unitId', own), { before: null, after: { unitId: own } })).toBe('not-own-unit');
    const agreement = { partyUnitIds: [own, other] };
    expect(writeRefusal(office, write('agreements', 'scans', []), { before: agreement, after: agreement })).toBeNull();
    expect(writeRefusal(office, write('agreements', 'status', 'ended'), { before: agreement, after: agreement })).toBe('field-not-allowed');
    expect(writeRefusal(office, write('agreements', 'scans', []), { before: { partyUnitIds: [other] }, after: { partyUnitIds: [other] } })).toBe('not-own-unit');
  });

  it('refuses a member office every other table', () => {
    for (const table of ['alliances', 'appointments', 'events', 'participants', 'documentTemplates', 'issuedDocuments', 'printLog', 'actionPlans', 'planSections', 'planTasks']) {
      expect(writeRefusal(office, write(table, 'deleted', true), { before: {}, after: {} })).toBe('table-not-allowed');
    }
  });
});

describe('editRefusal and deleteRefusal', () => {
  it('say which of a record’s buttons a member office may use', () => {
    expect(editRefusal(office, 'memberships', row, { unitId: own })).toBeNull();
    expect(deleteRefusal(office, 'memberships', row, { unitId: own })).toBe('field-not-allowed');
    expect(editRefusal(office, 'units', other, {})).toBe('not-own-unit');
    expect(deleteRefusal(office, 'people', row, { unitId: own })).toBeNull();
    expect(editRefusal(office, 'events', row, {})).toBe('table-not-allowed');
  });
});
