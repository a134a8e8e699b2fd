import type { EventRecord } from '../domain/records';
import type { AnnualFigures } from './annual-figures';

/** A year of a community of realistic size, for the report's tests, its PDF pages in docs/ and the chart tests. */
export const sampleAllianceId = '0190a8f0-0000-7000-8000-000000000001';

export const sampleFigures: AnnualFigures = {
  allianceId: sampleAllianceId,
  year: 2024,
  members: {
    total: 46,
    byKind: [
      { key: 'higher-vocational-college', count: 6 },
      { key: 'secondary-vocational-school', count: 11 },
      { key: 'enterprise', count: 24 },
      { key: 'industry-association', count: 3 },
      { key: 'research-institute', count: 2 },
    ],
    byRole: [
      { key: 'consultant-unit', count: 2 },
      { key: 'lead-unit', count: 1 },
      { key: 'council-unit', count: 9 },
      { key: 'member-unit', count: 34 },
    ],
    joined: 13,
    withdrawn: 2,
  },
  membershipByYear: [
    { year: 2021, count: 18 },
    { year: 2022, count: 27 },
    { year: 2023, count: 35 },
    { year: 2024, count: 46 },
  ],
  committee: { total: 15, byPost: [{ key: 'chair', count: 1 }, { key: 'vice-chair', count: 3 }, { key: 'member', count: 11 }] },
  events: {
    total: 19,
    participants: 412,
    byKind: [
      { key: 'launch-ceremony', count: 1, participants: 86 },
      { key: 'seminar', count: 4, participants: 120 },
      { key: 'demonstration-class', count: 6, participants: 94 },
      { key: 'lecture', count: 7, participants: 101 },
      { key: 'training-base-visit', count: 1, participants: 11 },
    ],
    byMonth: [0, 1, 2, 1, 3, 6, 0, 0, 2, 2, 1, 1],
  },
  agreements: { signed: 7, signedByKind: [{ key: 'enterprise-into-school', count: 2 }, { key: 'order-class', count: 3 }, { key: 'apprenticeship', count: 2 }], inForce: 12 },
  documents: { issued: 61, issuedByKind: [{ key: 'unit-licence', count: 46 }, { key: 'appointment-letter', count: 15 }], revoked: 1 },
  tasks: { due: 14, done: 8, late: 2, byStatus: [{ key: 'not-started', count: 1 }, { key: 'in-progress', count: 3 }, { key: 'done', count: 8 }, { key: 'delayed', count: 2 }] },
  own: [
    { id: '0190a8f0-0000-7000-8000-0000000000f1', kind: 'order-class-students', value: 186, source: '各成员学校教务处统计' },
    { id: '0190a8f0-0000-7000-8000-0000000000f2', kind: 'apprentices', value: 74, source: '企业报送' },
    { id: '0190a8f0-0000-7000-8000-0000000000f3', kind: 'technical-services', value: 23, source: '秘书处汇总' },
  ],
};

const event = (id: number, kind: EventRecord['kind'], title: string, startsOn: string, venue: string): EventRecord => ({
  id: `0190a8f0-0000-7000-8000-${String(id).padStart(12, '0')}`,
  deleted: false,
  allianceId: sampleAllianceId,
  kind,
  title,
  startsOn,
  endsOn: null,
  venue,
  hostUnitId: null,
  agenda: [],
  minutes: '',
  photos: [],
});

export const sampleEvents: EventRecord[] = [
  event(101, 'launch-ceremony', '丽水智能制造产教融合共同体成立启动仪式', '2024-06-13', '丽水市职业高级中学'),
  event(102, 'seminar', '丽水智能制造产教融合共同体研讨会', '2024-06-13', '丽水市职业高级中学'),
  event(103, 'lecture', '专家专题讲座：“三教”改革背景下的教学思考', '2024-09-20', '丽水职业技术学院'),
];
