import { describe, expect, it } from 'vitest';
import type { Agreement, EventRecord } from '../../../shared/domain/records';
import { agreementSheet, eventSheet } from './event-sheets';

const names = {
  alliances: new Map([['a1', '丽水智能制造产教融合共同体']]),
  units: new Map([
    ['u1', '𠮷安市（吉州区）智能制造职业技术学校附属实训基地管理有限公司'],
    ['u2', '丽水学院'],
  ]),
  people: new Map([
    ['p1', '欧阳海燕'],
    ['p2', '上官婉清'],
  ]),
  events: new Map([['e1', '第一届理事会第二次会议']]),
};

describe('the full exports of the events and agreements lists', () => {
  it('writes every field of an event, its host by name and its programme one item a line', () => {
    const event: EventRecord = {
      id: 'e1',
      deleted: false,
      allianceId: 'a1',
      kind: 'council-meeting',
      title: '第一届理事会第二次会议',
      startsOn: '2026-06-13',
      endsOn: '2026-06-14',
      venue: '丽水学院报告厅',
      hostUnitId: 'u1',
      agenda: [
        { time: '09:00', title: '开幕致辞', speaker: '欧阳海燕' },
        { time: '09:30', title: '=审议工作报告', speaker: '' },
      ],
      minutes: '会议审议通过了年度工作报告。',
      photos: ['a'.repeat(64)],
    };
    const sheet = eventSheet([event], names, 'zh-CN');
    expect(sheet.columns.map((column) => column.header)).toEqual(['所属联盟', '活动类型', '活动名称', '开始日期', '结束日期', '地点', '承办单位', '议程', '会议纪要', '照片数']);
    expect(sheet.rows).toEqual([
      ['丽水智能制造产教融合共同体', '理事会会议', '第一届理事会第二次会议', '2026-06-13', '2026-06-14', '丽水学院报告厅', '𠮷安市（吉州区）智能制造职业技术学校附属实训基地管理有限公司', '09:00 开幕致辞（欧阳海燕）\n09:30 =审议工作报告', '会议审议通过了年度工作报告。', 1],
    ]);
  });

  it('writes every field of an agreement, its parties and signatories by name', () => {
    const agreement: Agreement = {
      id: 'g1',
      deleted: false,
      allianceId: 'a1',
      kind: 'order-class',
      title: '智能制造订单班合作协议',
      partyUnitIds: ['u1', 'u2'],
      signatoryIds: ['p1', 'p2'],
      signedOn: '2026-06-13',
      eventId: 'e1',
      termStart: '2026-09-01',
      termEnd: null,
      status: 'active',
      scans: [],
    };
    const sheet = agreementSheet([agreement], names, 'en');
    expect(sheet.columns.map((column) => column.header)).toEqual(['Alliance', 'Kind', 'Title', 'Parties', 'Signatories', 'Signed on', 'Signed at', 'Term starts', 'Term ends', 'Status', 'Scans']);
    expect(sheet.rows[0]).toEqual(['丽水智能制造产教融合共同体', 'Order class', '智能制造订单班合作协议', '𠮷安市（吉州区）智能制造职业技术学校附属实训基地管理有限公司, 丽水学院', '欧阳海燕, 上官婉清', '2026-06-13', '第一届理事会第二次会议', '2026-09-01', '', 'Active', 0]);
  });
});
