import { describe, expect, it } from 'vitest';
import type { RecordOf } from '../../../shared/domain/tables';
import { guessMapping } from './guess-columns';
import { planImport } from './plan-import';
import type { SheetRow } from './sheet';
import { creditCode } from './test-files';
import { emptyContext } from './import-context';
import { validateRows } from './validate-rows';

const sibote = creditCode('91331100MA28F0001');
const xinsheng = creditCode('91331100MA28F0002');

const unit = (id: string, name: string, fields: Partial<RecordOf<'units'>> = {}): RecordOf<'units'> => ({
  id,
  deleted: false,
  name,
  shortName: '',
  kind: 'enterprise',
  creditCode: '',
  region: '',
  address: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  website: '',
  ...fields,
});

const existing = [
  unit('u-sibote', '丽水思博特精密制造有限公司', { creditCode: sibote, contactName: '黄毅', region: '浙江省丽水市' }),
  unit('u-high', '丽水职业高级中学', { kind: 'secondary-vocational-school', contactPhone: '0578-2111111' }),
  unit('u-gone', '天津模具行业协会', { deleted: true, kind: 'industry-association' }),
];

const goodRows = (rows: string[][]) => {
  const cells = (texts: string[]): SheetRow['cells'] => texts.map((text) => ({ text, formula: false, merged: false }));
  const sheetRows: SheetRow[] = rows.map((texts, index) => ({ number: index + 2, cells: cells(texts) }));
  return validateRows('units', sheetRows, guessMapping(['单位名称', '单位类型', '统一社会信用代码', '联系人', '电话'], 'units'), emptyContext).good;
};

describe('planning an import of units', () => {
  const rows = goodRows([
    ['思博特精密（更名）', '', sibote, '黄毅', '0578-2123456'],
    ['丽水职业高级中学', '', '', '', '0578-2111111'],
    ['浙江信胜缝制设备有限公司', '企业', xinsheng, '', ''],
    ['天津模具行业协会', '行业协会', '', '王振云', ''],
  ]);

  it('matches by credit code, then by exact name, and updates only what the file gives and changes', () => {
    const plan = planImport('units', rows, existing, 'update');
    expect(plan.updates).toEqual([{ row: 2, id: 'u-sibote', patch: { name: '思博特精密（更名）', contactPhone: '0578-2123456' } }]);
    expect(plan.unchanged).toEqual([3]);
    expect(plan.skipped).toEqual([]);
    expect(plan.creates.map((create) => [create.row, create.input.name])).toEqual([
      [4, '浙江信胜缝制设备有限公司'],
      [5, '天津模具行业协会'],
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it('leaves matching records alone when the user chooses to skip them', () => {
    const plan = planImport('units', rows, existing, 'skip');
    expect(plan.updates).toEqual([]);
    expect(plan.skipped).toEqual([2]);
    expect(plan.creates).toHaveLength(2);
  });

  it('tells rows the file would change, with the fields that differ, from rows that are the same, whatever the choice', () => {
    for (const choice of ['skip', 'update'] as const) {
      const plan = planImport('units', rows, existing, choice);
      expect(plan.changed).toEqual([{ row: 2, label: '思博特精密（更名）', fields: ['name', 'contactPhone'] }]);
      expect(plan.unchanged).toEqual([3]);
    }
  });

  it('does not let two rows change one record', () => {
    const plan = planImport('units', goodRows([['丽水职业高级中学', '', '', '', ''], ['丽水职高', '', '', '', ''], ['别名', '', sibote, '', ''], ['丽水思博特精密制造有限公司', '', '', '', '']]), existing, 'update');
    expect(plan.conflicts).toEqual([{ row: 5, label: '丽水思博特精密制造有限公司', problems: [{ problem: 'same-record', field: null, cell: null, value: '丽水思博特精密制造有限公司', otherRow: 4 }] }]);
  });
});

describe('planning an import of people', () => {
  const person = (id: string, name: string, unitId: string | null): RecordOf<'people'> => ({ id, deleted: false, name, unitId, position: '', title: '', phone: '', email: '', expertise: '' });
  // Employers are referred to by id, and ids are UUIDs.
  const high = '0190a3b4-0000-7000-8000-000000000001';
  const college = '0190a3b4-0000-7000-8000-000000000002';
  const units = [unit(high, '丽水职业高级中学'), unit(college, '丽水学院')];

  it('matches a person by exact name at the same employer', () => {
    const sheetRows: SheetRow[] = [
      ['王刚', '丽水职业高级中学', '高级讲师'],
      ['王刚', '丽水学院', '教授'],
      ['楼海斌', '', '正高级讲师'],
    ].map((texts, index) => ({ number: index + 2, cells: texts.map((text) => ({ text, formula: false, merged: false })) }));
    const { good } = validateRows('people', sheetRows, guessMapping(['姓名', '工作单位', '职称'], 'people'), { ...emptyContext, units });
    const plan = planImport('people', good, [person('p-wang', '王刚', high), person('p-lou', '楼海斌', null)], 'update');
    expect(plan.updates).toEqual([
      { row: 2, id: 'p-wang', patch: { title: '高级讲师' } },
      { row: 4, id: 'p-lou', patch: { title: '正高级讲师' } },
    ]);
    expect(plan.creates.map((create) => [create.input.name, create.input.unitId])).toEqual([['王刚', college]]);
  });
});

describe('planning the memberships of a member list', () => {
  const allianceId = '0190a3b4-0000-7000-8000-00000000a111';
  const membershipOf = (unitId: string, role: RecordOf<'memberships'>['role']): RecordOf<'memberships'> => ({
    id: `m-${unitId}`,
    deleted: false,
    allianceId,
    unitId,
    role,
    joinedOn: null,
    status: 'active',
    representativeId: null,
  });
  const rows = validateRows(
    'units',
    [
      { number: 2, cells: ['丽水思博特精密制造有限公司', '理事单位'].map((text) => ({ text, formula: false, merged: false })) },
      { number: 3, cells: ['丽水职业高级中学', '牵头单位'].map((text) => ({ text, formula: false, merged: false })) },
      { number: 4, cells: ['浙江信胜缝制设备有限公司', ''].map((text) => ({ text, formula: false, merged: false })) },
    ],
    guessMapping(['单位名称', '联盟角色'], 'units'),
    { ...emptyContext, allianceId },
  ).good;
  const links = { allianceId, memberships: [membershipOf('u-sibote', 'member-unit')], appointments: [] };

  it('adds new units and known units that are not yet members, and leaves an existing membership when skipping', () => {
    const plan = planImport('units', rows, existing, 'skip', links);
    expect(plan.links).toEqual([
      { row: 3, table: 'memberships', owner: { id: 'u-high' }, existingId: null, values: { role: 'lead-unit', joinedOn: null, status: 'active' } },
      { row: 4, table: 'memberships', owner: { create: 0 }, existingId: null, values: { role: 'member-unit', joinedOn: null, status: 'active' } },
    ]);
  });

  it('changes the role of an existing membership when asked to update, and only what the file gives', () => {
    const plan = planImport('units', rows, existing, 'update', links);
    expect(plan.links[0]).toEqual({ row: 2, table: 'memberships', owner: { id: 'u-sibote' }, existingId: 'm-u-sibote', values: { role: 'council-unit' } });
    // A unit the same as the file but with another role in the alliance is a row that changes, not one that is the same.
    expect(plan.changed).toEqual([{ row: 2, label: '丽水思博特精密制造有限公司', fields: ['role'] }]);
    expect(planImport('units', rows, existing, 'skip', links).changed).toEqual(plan.changed);
  });
});
