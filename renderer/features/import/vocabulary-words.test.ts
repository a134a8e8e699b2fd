import { describe, expect, it } from 'vitest';
import { committeeRoleOf, membershipRoleOf, membershipStatusOf, participantRoleOf } from './vocabulary-words';

describe('the words of a member list', () => {
  it('names every role the corpus writes, and the labels of both languages', () => {
    expect(['顾问单位', '牵头单位', '理事长单位', '副理事长单位', '常务理事单位', '理事单位', '成员单位', '会员单位', '秘书处单位'].map(membershipRoleOf)).toEqual([
      'consultant-unit',
      'lead-unit',
      'chair-unit',
      'vice-chair-unit',
      'standing-council-unit',
      'council-unit',
      'member-unit',
      'member-unit',
      'secretariat',
    ]);
    expect(['Vice-chair unit', 'member-unit', ' 理 事 单 位 ', '（理事单位）'].map(membershipRoleOf)).toEqual(['vice-chair-unit', 'member-unit', 'council-unit', undefined]);
    expect(membershipRoleOf('观察员单位')).toBeUndefined();
  });

  it('reads 正常 and 在册 as active and 退出 as withdrawn', () => {
    expect(['正常', '在册', '退出', '正式成员', '已退出', '待批准', 'Active', '停用'].map(membershipStatusOf)).toEqual([
      'active',
      'active',
      'withdrawn',
      'active',
      'withdrawn',
      'pending',
      'active',
      undefined,
    ]);
  });

  it('reads a committee post with or without the committee’s name', () => {
    expect(['专家指导委员会主任', '专家指导委员会副主任', '专家指导委员会委员', '专家指导委员会秘书长', '主任', '副主任', '委员', 'Vice-chair'].map(committeeRoleOf)).toEqual([
      'chair',
      'vice-chair',
      'member',
      'secretary-general',
      'chair',
      'vice-chair',
      'member',
      'vice-chair',
    ]);
    expect(committeeRoleOf('理事长')).toBeUndefined();
  });

  it('reads the roles of a sign-in list', () => {
    expect(['出席领导', '嘉宾', '专家', '代表', '教师', '发言人', '学生'].map(participantRoleOf)).toEqual(['guest-leader', 'guest-leader', 'expert', 'representative', 'teacher', 'speaker', undefined]);
  });
});
