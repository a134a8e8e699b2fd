import type { Locale } from '../i18n/locale';

/**
 * The closed lists of the domain (DESIGN.md §2) with their names in both languages. The Chinese
 * names are the ones printed on licences and letters, so they live here, once, for the renderer
 * and the document templates alike.
 */
function vocabulary<const K extends string>(labels: Record<K, { 'zh-CN': string; en: string }>) {
  const values = Object.keys(labels) as [K, ...K[]];
  return {
    values,
    labels,
    label: (value: K, locale: Locale): string => labels[value][locale],
    /** Whether a stored or imported value is one of the list (history entries, spreadsheet cells). */
    has: (value: unknown): value is K => typeof value === 'string' && Object.hasOwn(labels, value),
  };
}

export const allianceKinds = vocabulary({
  'vocational-education-group': { 'zh-CN': '职业教育集团', en: 'Vocational education group' },
  'industry-education-community': { 'zh-CN': '产教融合共同体', en: 'Industry–education community' },
  'professional-alliance': { 'zh-CN': '专业联盟', en: 'Professional alliance' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

/**
 * How an alliance of each kind names itself in its own documents (贵单位为本共同体…): printed
 * through {allianceSelf}, so a community's licence never says 本联盟. Documents are Chinese in
 * either interface language; the English is for the template editor's sample only.
 */
export const allianceSelfNames = {
  'vocational-education-group': { 'zh-CN': '本集团', en: 'this group' },
  'industry-education-community': { 'zh-CN': '本共同体', en: 'this community' },
  'professional-alliance': { 'zh-CN': '本联盟', en: 'this alliance' },
  other: { 'zh-CN': '本联盟', en: 'this alliance' },
} as const satisfies Record<(typeof allianceKinds.values)[number], { 'zh-CN': string; en: string }>;

export const unitKinds = vocabulary({
  'higher-vocational-college': { 'zh-CN': '高职院校', en: 'Higher vocational college' },
  'secondary-vocational-school': { 'zh-CN': '中职学校', en: 'Secondary vocational school' },
  university: { 'zh-CN': '普通高校', en: 'University' },
  enterprise: { 'zh-CN': '企业', en: 'Enterprise' },
  'industry-association': { 'zh-CN': '行业协会', en: 'Industry association' },
  'research-institute': { 'zh-CN': '科研院所', en: 'Research institute' },
  'evaluation-organization': { 'zh-CN': '评价组织', en: 'Evaluation organization' },
  'government-department': { 'zh-CN': '政府部门', en: 'Government department' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

export const membershipRoles = vocabulary({
  'consultant-unit': { 'zh-CN': '顾问单位', en: 'Consultant unit' },
  'lead-unit': { 'zh-CN': '牵头单位', en: 'Lead unit' },
  'chair-unit': { 'zh-CN': '理事长单位', en: 'Chair unit' },
  'vice-chair-unit': { 'zh-CN': '副理事长单位', en: 'Vice-chair unit' },
  'standing-council-unit': { 'zh-CN': '常务理事单位', en: 'Standing council unit' },
  'council-unit': { 'zh-CN': '理事单位', en: 'Council unit' },
  'member-unit': { 'zh-CN': '成员单位', en: 'Member unit' },
  secretariat: { 'zh-CN': '秘书处单位', en: 'Secretariat' },
});

export const membershipStatuses = vocabulary({
  pending: { 'zh-CN': '待批准', en: 'Pending' },
  active: { 'zh-CN': '正式成员', en: 'Active' },
  withdrawn: { 'zh-CN': '已退出', en: 'Withdrawn' },
});

export const appointmentBodies = vocabulary({
  'expert-steering-committee': { 'zh-CN': '专家指导委员会', en: 'Expert Steering Committee' },
  council: { 'zh-CN': '理事会', en: 'Council' },
  secretariat: { 'zh-CN': '秘书处', en: 'Secretariat' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

export const appointmentRoles = vocabulary({
  chair: { 'zh-CN': '主任', en: 'Chair' },
  'vice-chair': { 'zh-CN': '副主任', en: 'Vice-chair' },
  member: { 'zh-CN': '委员', en: 'Member' },
  consultant: { 'zh-CN': '顾问', en: 'Consultant' },
  'secretary-general': { 'zh-CN': '秘书长', en: 'Secretary-general' },
});

export const eventKinds = vocabulary({
  'founding-meeting': { 'zh-CN': '成立大会', en: 'Founding meeting' },
  'launch-ceremony': { 'zh-CN': '启动仪式', en: 'Launch ceremony' },
  'council-meeting': { 'zh-CN': '理事会会议', en: 'Council meeting' },
  seminar: { 'zh-CN': '研讨会', en: 'Seminar' },
  'demonstration-class': { 'zh-CN': '示范课', en: 'Demonstration class' },
  lecture: { 'zh-CN': '专题讲座', en: 'Lecture' },
  'training-base-visit': { 'zh-CN': '实训基地参观', en: 'Training-base visit' },
  'skills-competition': { 'zh-CN': '技能竞赛', en: 'Skills competition' },
  'signing-ceremony': { 'zh-CN': '签约仪式', en: 'Signing ceremony' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

export const participantRoles = vocabulary({
  'guest-leader': { 'zh-CN': '出席领导', en: 'Guest leader' },
  speaker: { 'zh-CN': '发言人', en: 'Speaker' },
  expert: { 'zh-CN': '专家', en: 'Expert' },
  representative: { 'zh-CN': '代表', en: 'Representative' },
  teacher: { 'zh-CN': '教师', en: 'Teacher' },
});

export const agreementKinds = vocabulary({
  'school-enterprise-cooperation': { 'zh-CN': '校企合作', en: 'School–enterprise cooperation' },
  'enterprise-into-school': { 'zh-CN': '引企入校', en: 'Enterprise into school' },
  'order-class': { 'zh-CN': '订单班', en: 'Order class' },
  apprenticeship: { 'zh-CN': '现代学徒制', en: 'Apprenticeship' },
  'training-base': { 'zh-CN': '实训基地', en: 'Training base' },
  other: { 'zh-CN': '其他', en: 'Other' },
});

export const agreementStatuses = vocabulary({
  draft: { 'zh-CN': '拟定中', en: 'Draft' },
  active: { 'zh-CN': '履行中', en: 'Active' },
  expired: { 'zh-CN': '已到期', en: 'Expired' },
  terminated: { 'zh-CN': '已终止', en: 'Terminated' },
});

export const templateKinds = vocabulary({
  'unit-licence': { 'zh-CN': '成员单位牌匾/证书', en: 'Member-unit licence' },
  'appointment-letter': { 'zh-CN': '聘书', en: 'Letter of appointment' },
  'agreement-certificate': { 'zh-CN': '合作协议证书', en: 'Agreement certificate' },
  'participation-certificate': { 'zh-CN': '参会证明', en: 'Participation certificate' },
  'sign-in-sheet': { 'zh-CN': '签到表', en: 'Sign-in sheet' },
  programme: { 'zh-CN': '会议议程', en: 'Programme' },
  'table-card': { 'zh-CN': '桌签', en: 'Table name card' },
  'name-badge': { 'zh-CN': '胸牌', en: 'Name badge' },
  custom: { 'zh-CN': '自定义', en: 'Custom' },
});

export const paperSizes = vocabulary({
  A4: { 'zh-CN': 'A4', en: 'A4' },
  A3: { 'zh-CN': 'A3', en: 'A3' },
  custom: { 'zh-CN': '自定义尺寸', en: 'Custom size' },
});

export const orientations = vocabulary({
  portrait: { 'zh-CN': '纵向', en: 'Portrait' },
  landscape: { 'zh-CN': '横向', en: 'Landscape' },
});

export const documentFonts = vocabulary({
  serif: { 'zh-CN': '宋体（思源宋体）', en: 'Serif (Noto Serif SC)' },
  kai: { 'zh-CN': '楷体（霞鹜文楷）', en: 'Kai (LXGW WenKai)' },
});

export const backgroundModes = vocabulary({
  printed: { 'zh-CN': '随文档打印', en: 'Printed with the document' },
  'preview-only': { 'zh-CN': '仅预览（预印纸张）', en: 'Preview only (pre-printed paper)' },
});

export const planStatuses = vocabulary({
  draft: { 'zh-CN': '草案', en: 'Draft' },
  adopted: { 'zh-CN': '已审议通过', en: 'Adopted' },
});

export const taskStatuses = vocabulary({
  'not-started': { 'zh-CN': '未开始', en: 'Not started' },
  'in-progress': { 'zh-CN': '进行中', en: 'In progress' },
  done: { 'zh-CN': '已完成', en: 'Done' },
  delayed: { 'zh-CN': '已延期', en: 'Delayed' },
});

/**
 * The yearly figures an annual report carries that the registry cannot count (DESIGN.md §2
 * AllianceFigure, issue 17.1): the office records each per alliance per year with its source.
 */
export const ownFigureKinds = vocabulary({
  'order-class-students': { 'zh-CN': '订单班学生数', en: 'Students in order classes' },
  apprentices: { 'zh-CN': '现代学徒制学徒数', en: 'Apprentices' },
  'shared-training-bases': { 'zh-CN': '共建共享实训基地数', en: 'Training bases shared' },
  'teachers-exchanged': { 'zh-CN': '校企互派教师人次', en: 'Teachers exchanged' },
  'technical-services': { 'zh-CN': '面向企业技术服务项数', en: 'Technical services to enterprises' },
});
