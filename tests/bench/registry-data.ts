import { v7 as uuidv7 } from 'uuid';
import { creditCodeCheckCharacter } from '../../shared/domain/credit-code';
import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import { recordSchemas } from '../../shared/domain/tables';
import { eventKinds, membershipRoles, unitKinds } from '../../shared/domain/vocabulary';
import { searchTextOf } from '../../shared/domain/search-text';
import { formatHlc } from '../../shared/sync/hlc';

/** A deterministic pseudo-random sequence, so every run of the benchmark sees the same registry. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const regions = ['丽水', '天津', '杭州', '宁波', '温州', '金华', '衢州', '台州', '嘉兴', '湖州', '绍兴', '舟山'];
const trades = ['精密制造', '智能装备', '模具', '数控', '机电', '自动化', '新材料', '汽车零部件', '电子信息', '工业软件'];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '林', '何', '高', '罗'];
const given = ['海斌', '刚', '军', '立进', '美芬', '毅', '文勇', '再荣', '美松', '海祥', '志刚', '海超', '振云', '振邦', '强华', '晓明', '建国', '丽华'];
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export type SeedRow = Record<string, unknown>;

/** A record as the desk stores it: validated, every field stamped, with its search text. */
export function stored(table: RecordTable, input: unknown, deviceId: string, wallMs: number): SeedRow {
  const record = recordSchemas[table].parse(input) as RecordOf<RecordTable>;
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(record)) if (field !== 'id') clocks[field] = formatHlc({ wallMs, counter: 0, deviceId });
  return { ...record, _clocks: clocks, _search: searchTextOf(record) };
}

export interface RegistryData {
  alliances: SeedRow[];
  units: SeedRow[];
  memberships: SeedRow[];
  people: SeedRow[];
  events: SeedRow[];
}

/** 10,000 units, 30,000 people and 2,000 events in two alliances: the size DESIGN.md §5 budgets for. */
export function makeRegistry(counts = { units: 10_000, people: 30_000, events: 2_000 }): RegistryData {
  const next = random(20_261_122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const deviceId = uuidv7();
  const wallMs = Date.UTC(2026, 10, 22);
  const alliances = [
    stored('alliances', { id: uuidv7(), name: '丽水智能制造产教融合共同体', kind: 'industry-education-community', numberPrefix: 'LSZZ' }, deviceId, wallMs),
    stored('alliances', { id: uuidv7(), name: '先进制造职业教育集团', kind: 'vocational-education-group' }, deviceId, wallMs),
  ];
  const allianceIds = alliances.map((alliance) => alliance.id as string);

  const units: SeedRow[] = [];
  const memberships: SeedRow[] = [];
  for (let i = 0; i < counts.units; i++) {
    const first17 = `9133${String(1000 + (i % 9000))}${Array.from({ length: 9 }, () => pick(alphabet.split(''))).join('')}`.slice(0, 17);
    const unit = stored(
      'units',
      {
        id: uuidv7(),
        name: `${pick(regions)}${pick(trades)}${i % 7 === 0 ? '职业技术学院' : '有限公司'}${i}`,
        kind: i % 7 === 0 ? 'higher-vocational-college' : pick(unitKinds.values),
        creditCode: `${first17}${creditCodeCheckCharacter(first17) ?? '0'}`,
        region: `浙江省${pick(regions)}市`,
      },
      deviceId,
      wallMs,
    );
    units.push(unit);
    memberships.push(stored('memberships', { id: uuidv7(), allianceId: pick(allianceIds), unitId: unit.id, role: i < 4 ? 'lead-unit' : pick(membershipRoles.values) }, deviceId, wallMs));
  }
  const people: SeedRow[] = [];
  for (let i = 0; i < counts.people; i++) {
    people.push(stored('people', { id: uuidv7(), name: `${pick(surnames)}${pick(given)}`, unitId: pick(units).id, position: pick(['校长', '总经理', '副院长', '教师', '工程师']) }, deviceId, wallMs));
  }
  const events: SeedRow[] = [];
  for (let i = 0; i < counts.events; i++) {
    const year = 2019 + (i % 8);
    const month = String(1 + (i % 12)).padStart(2, '0');
    events.push(stored('events', { id: uuidv7(), allianceId: pick(allianceIds), kind: pick(eventKinds.values), title: `${pick(trades)}专题活动 ${i}`, startsOn: `${year}-${month}-13`, venue: `${pick(regions)}市职业高级中学` }, deviceId, wallMs));
  }
  return { alliances, units, memberships, people, events };
}
