import { appointmentRoles, membershipRoles, membershipStatuses, participantRoles } from '../../../shared/domain/vocabulary';
import { normalizeHeader } from './normalize-header';

type Vocabulary<K extends string> = { values: readonly K[]; labels: Record<K, { 'zh-CN': string; en: string }> };

/** A lookup of a closed list by its values, its labels in both languages and the words offices write. */
function wordsOf<K extends string>(vocabulary: Vocabulary<K>, aliases: Partial<Record<K, readonly string[]>>): (text: string) => K | undefined {
  const byWord = new Map<string, K>();
  for (const value of vocabulary.values) {
    for (const word of [value, vocabulary.labels[value]['zh-CN'], vocabulary.labels[value].en, ...(aliases[value] ?? [])]) byWord.set(normalizeHeader(word), value);
  }
  return (text) => byWord.get(normalizeHeader(text));
}

export type MembershipRole = (typeof membershipRoles.values)[number];
export type MembershipStatus = (typeof membershipStatuses.values)[number];
export type AppointmentRole = (typeof appointmentRoles.values)[number];
export type ParticipantRole = (typeof participantRoles.values)[number];

/**
 * The roles of a member list (联盟角色, 会员类别). 常务理事单位 is a role of its own (a licence
 * says 常务理事单位, and an export must read back as it was); the tiers offices name beyond
 * the roles are the role they belong to: 会员单位 are member units.
 */
export const membershipRoleOf = wordsOf(membershipRoles, {
  'consultant-unit': ['顾问', '顾问单位', '特邀顾问单位', 'consultant'],
  'lead-unit': ['牵头', '牵头单位', '牵头院校', '牵头组建单位', 'lead'],
  'chair-unit': ['理事长单位', '理事长', 'chair'],
  'vice-chair-unit': ['副理事长单位', '副理事长', '常务副理事长单位', 'vice-chair'],
  'standing-council-unit': ['常务理事单位', '常务理事', 'standing council', 'standing council member'],
  'council-unit': ['理事单位', '理事', 'council', 'council member'],
  'member-unit': ['成员单位', '会员单位', '成员', '会员', '普通会员', '普通成员', '一般会员', 'member'],
  secretariat: ['秘书处单位', '秘书处', '秘书长单位', 'secretariat unit'],
});

/** 正常 and 在册 are what offices write for a member in good standing; 退出 for one that left. */
export const membershipStatusOf = wordsOf(membershipStatuses, {
  active: ['正常', '在册', '正式', '有效', '正式会员', '正式成员', '是'],
  withdrawn: ['退出', '已退出', '退会', '已退会', '注销', '已注销', '除名'],
  pending: ['待批准', '待审核', '审核中', '申请中', '待审批'],
});

/** Posts on the committee without the committee's name: 专家指导委员会副主任 is 副主任. */
const committeeNames = /^(专家指导委员会|专家委员会|指导委员会|专委会|委员会)/;
const appointmentRoleWords = wordsOf(appointmentRoles, {
  chair: ['主任委员', '主任', 'chair', 'chairman', 'chairperson', 'director'],
  'vice-chair': ['副主任委员', '副主任', 'vice-chair', 'vice chair', 'deputy director'],
  member: ['委员', '成员', '专家委员', 'member'],
  consultant: ['顾问', '特邀顾问', 'consultant', 'advisor', 'adviser'],
  'secretary-general': ['秘书长', '秘书', 'secretary-general', 'secretary general', 'secretary'],
});

export function committeeRoleOf(text: string): AppointmentRole | undefined {
  const folded = text.normalize('NFKC').trim();
  return appointmentRoleWords(folded) ?? appointmentRoleWords(folded.replace(committeeNames, ''));
}

/** 参会身份 on a sign-in list. */
export const participantRoleOf = wordsOf(participantRoles, {
  'guest-leader': ['领导', '出席领导', '嘉宾', '领导嘉宾', '特邀嘉宾', 'guest', 'leader'],
  speaker: ['发言', '发言人', '主讲', '主讲人', '报告人', '主持人'],
  expert: ['专家', '评委', '专家评委'],
  representative: ['代表', '参会代表', '单位代表', '成员代表', '参会人员'],
  teacher: ['教师', '老师', '指导教师', '带队教师'],
});
