import { describe, expect, it } from 'vitest';
import { resolveContent } from './placeholders';
import { agreementRecipient, appointmentRecipient, arabicDate, membershipRecipient, participantRecipient, valuesWithNumber } from './recipient-values';

const context = { alliance: { name: '丽水智能制造产教融合共同体', shortName: '' }, issuedOn: '2026-11-22', event: { title: '成立启动仪式' } };

describe('recipient values', () => {
  it('names the alliance as its kind names itself, and prints the issuer it set or its own name', () => {
    const unit = { id: 'u1', name: '丽水市职业高级中学' };
    const said = (kind: 'industry-education-community' | 'vocational-education-group' | 'professional-alliance' | 'other', issuerName = '') =>
      membershipRecipient({ ...context, alliance: { ...context.alliance, kind, issuerName } }, { id: 'm1', role: 'member-unit' }, unit).values;
    expect(said('industry-education-community').allianceSelf).toBe('本共同体');
    expect(said('vocational-education-group').allianceSelf).toBe('本集团');
    expect(said('professional-alliance').allianceSelf).toBe('本联盟');
    expect(said('other').allianceSelf).toBe('本联盟');
    expect(said('other').issuerName).toBe('丽水智能制造产教融合共同体');
    expect(said('other', ' 丽水智能制造产教融合共同体秘书处 ').issuerName).toBe('丽水智能制造产教融合共同体秘书处');
  });

  it('fills a member-unit licence with the unit, its role in Chinese, and the date in Chinese numerals', () => {
    const recipient = membershipRecipient(context, { id: 'm1', role: 'lead-unit' }, { id: 'u1', name: '丽水市职业高级中学' });
    expect(recipient).toMatchObject({ recipientType: 'unit', recipientId: 'u1', recipientName: '丽水市职业高级中学', sourceId: 'm1' });
    expect(valuesWithNumber(recipient, 'LSZZ-2026-A001')).toEqual({
      allianceName: '丽水智能制造产教融合共同体',
      allianceShortName: '丽水智能制造产教融合共同体',
      allianceSelf: '本联盟',
      issuerName: '丽水智能制造产教融合共同体',
      issuedOn: '2026年11月22日',
      issuedOnChinese: '二〇二六年十一月',
      eventTitle: '成立启动仪式',
      recipientName: '丽水市职业高级中学',
      unitName: '丽水市职业高级中学',
      role: '牵头单位',
      number: 'LSZZ-2026-A001',
    });
  });

  it('words a 常务理事单位 licence as 常务理事单位, not as the council units below it', () => {
    const recipient = membershipRecipient(context, { id: 'm1', role: 'standing-council-unit' }, { id: 'u1', name: '丽水市职业高级中学' });
    expect(resolveContent('兹确认{unitName}为{allianceName}{role}。', recipient.values)).toEqual({ ok: true, text: '兹确认丽水市职业高级中学为丽水智能制造产教融合共同体常务理事单位。' });
  });

  it('fills a letter of appointment with the body, the position and the term', () => {
    const recipient = appointmentRecipient(
      { ...context, event: null },
      { id: 'a1', body: 'expert-steering-committee', role: 'member', termStart: '2024-06-13', termEnd: '2027-06-12' },
      { id: 'p1', name: '楼海斌', title: '', position: '' },
      null,
    );
    expect(recipient.values).toMatchObject({ recipientName: '楼海斌', body: '专家指导委员会', position: '委员', term: '二〇二四年六月至二〇二七年六月', termEnd: '二〇二七年六月十二日' });
    // The records have no title or employer for him: a template asking for them says so.
    expect(resolveContent('{recipientName}（{title}，{unitName}）', recipient.values)).toEqual({ ok: false, unknown: [], missing: ['title', 'unitName'] });
    expect(recipient.values).not.toHaveProperty('eventTitle');
  });

  it('leaves the term out until both of its ends are known', () => {
    const recipient = appointmentRecipient(context, { id: 'a1', body: 'council', role: 'chair', termStart: '2024-06-13', termEnd: null }, { id: 'p1', name: '王刚', title: '', position: '总工程师' }, { name: '某公司' });
    expect(recipient.values.term).toBeUndefined();
    expect(recipient.values).toMatchObject({ title: '总工程师', unitName: '某公司', body: '理事会', position: '主任' });
  });

  it('fills an agreement certificate for one party with every party', () => {
    const school = { id: 'u1', name: '丽水市职业高级中学' };
    const company = { id: 'u2', name: '丽水思博特精密制造有限公司' };
    const recipient = agreementRecipient(context, { id: 'g1', title: '引企入校合作协议', signedOn: '2024-06-13', termStart: null, termEnd: null }, company, [school, company]);
    expect(recipient).toMatchObject({ recipientId: 'u2', recipientName: '丽水思博特精密制造有限公司', sourceId: 'g1' });
    expect(recipient.values).toMatchObject({ parties: '丽水市职业高级中学、丽水思博特精密制造有限公司', signedOn: '2024年6月13日', signedOnChinese: '二〇二四年六月十三日' });
  });

  it('keeps markup in a name as text: escaping is the renderer’s job', () => {
    const recipient = membershipRecipient(context, { id: 'm1', role: 'member-unit' }, { id: 'u1', name: '<b>x</b>' });
    expect(recipient.values.recipientName).toBe('<b>x</b>');
    expect(arabicDate('not a date')).toBeUndefined();
  });
});

describe('participants', () => {
  it('names a participating person with the employer, or a participating unit', () => {
    const person = participantRecipient(context, { id: 'x1' }, { type: 'person', person: { id: 'p1', name: '黄毅', title: '', position: '总经理' }, employer: { name: '丽水思博特精密制造有限公司' } });
    expect(person).toMatchObject({ recipientType: 'person', recipientId: 'p1', sourceId: 'x1' });
    expect(person.values).toMatchObject({ recipientName: '黄毅', unitName: '丽水思博特精密制造有限公司', title: '总经理', eventTitle: '成立启动仪式' });
    const unit = participantRecipient(context, { id: 'x2' }, { type: 'unit', unit: { id: 'u1', name: '丽水市职业高级中学' } });
    expect(unit).toMatchObject({ recipientType: 'unit', recipientName: '丽水市职业高级中学' });
  });
});
