import { sampleAlliance } from './sample-alliance';

/**
 * The founding meeting of the Advanced Manufacturing Vocational Education Group, from the first
 * seed report (seeds/000). Only what the report says: it gives no year, so the meeting is dated
 * 2019 here and the alliance's description tells the user so; no credit codes or phone numbers.
 *
 * Roles: the report names no lead unit. The two speakers are quoted among "members of the
 * Vocational Education Group", so their units are member units; the other named attendees are
 * recorded as guests of the meeting only. Units' short names hold the English names the report
 * gives, shortened to the field's 40 characters where needed.
 */
const foundedOn = '2019-05-09';

export const advancedManufacturingGroup = sampleAlliance({
  alliance: {
    name: '先进制造职业教育集团',
    shortName: '先进制造职教集团',
    kind: 'vocational-education-group',
    foundedOn,
    region: '天津市',
    aims:
      '依托制造业企业、行业协会和评价组织，把职教集团建设成为供需对接、标准互认、责任共担、资源共享、人才共育、合作发展的新型先进制造职业教育集团；' +
      '成员发挥各自优势，优势互补、人员交流、信息共享，共同培养产业发展所需的技能人才，实现人才培养质量与企业效益共同提升的校企“双赢”。',
    description:
      '英文名称 / English name: Advanced Manufacturing Vocational Education Group.\n' +
      '职教集团将加强政府、学校、企业、行业协会和社会培训评价组织之间的全方位合作，推动资源整合共享，依托专业办产业、办好产业促专业，形成校企良性互动，促进学校和企业共同发展，提升职业教育综合实力。\n' +
      '（示例数据，取自成立大会的报道。报道未注明年份，日期按 2019 年录入。）',
  },
  units: {
    tianjinVocational: { name: '天津职业大学', shortName: 'Tianjin Vocational Institute', kind: 'higher-vocational-college', region: '天津市' },
    beichenYouthLeague: { name: '共青团天津市北辰区委员会', shortName: 'Tianjin Beichen District CYL Committee', kind: 'other', region: '天津市北辰区' },
    mouldAssociation: { name: '天津市模具工业协会', shortName: 'Tianjin Mould Industry Association', kind: 'industry-association', region: '天津市' },
    tsinghuaInstitute: { name: '清华大学天津高端装备研究院', shortName: 'THU Tianjin High-end Equipment Institute', kind: 'research-institute', region: '天津市' },
    shenzhenPolytechnic: { name: '深圳职业技术学院', shortName: 'Shenzhen Vocational & Technical College', kind: 'higher-vocational-college', region: '广东省深圳市' },
  },
  people: {
    haoZhigang: { name: '郝志刚', unit: 'tianjinVocational', position: '合作办公室主任' },
    tianHaichao: { name: '田海超', unit: 'beichenYouthLeague', position: '副书记' },
    wangZhenyun: { name: '王振云', unit: 'mouldAssociation', position: '秘书长' },
    liZhenbang: { name: '李振邦', unit: 'tsinghuaInstitute', position: '副总经理' },
    liaoQianghua: { name: '廖强华', unit: 'shenzhenPolytechnic', position: '院长' },
  },
  memberships: [
    { unit: 'tsinghuaInstitute', role: 'member-unit', joinedOn: foundedOn, status: 'active', representative: 'liZhenbang' },
    { unit: 'shenzhenPolytechnic', role: 'member-unit', joinedOn: foundedOn, status: 'active', representative: 'liaoQianghua' },
  ],
  appointments: [],
  events: {
    founding: {
      kind: 'founding-meeting',
      title: '先进制造职业教育集团成立大会',
      startsOn: foundedOn,
      venue: '天津',
      minutes:
        '5月9日下午，先进制造职业教育集团成立大会在天津召开。天津职业大学合作办公室主任郝志刚、天津市北辰区团委副书记田海超、天津市模具工业协会秘书长王振云，以及相关院校、企业和社会评价组织的代表出席会议。\n' +
        '会上，职教集团成员围绕校企合作、人才培养等进行交流研讨。清华大学天津高端装备研究院副总经理李振邦表示，职教集团搭建了企业与院校合作交流的平台，是培养创新型人才的好途径。' +
        '深圳职业技术学院院长廖强华指出，职教集团要办出自身特色，必须有更具特色的校企合作，培养更多优秀技能人才。职教集团成员纷纷表达了对先进制造职业教育集团的期望。',
    },
  },
  participants: [
    { event: 'founding', person: 'haoZhigang', role: 'guest-leader' },
    { event: 'founding', person: 'tianHaichao', role: 'guest-leader' },
    { event: 'founding', person: 'wangZhenyun', role: 'guest-leader' },
    { event: 'founding', person: 'liZhenbang', role: 'speaker' },
    { event: 'founding', person: 'liaoQianghua', role: 'speaker' },
  ],
  agreements: [],
});
