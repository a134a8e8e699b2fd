import { sampleAlliance } from './sample-alliance';

/**
 * The launch day of the Lishui Intelligent Manufacturing Industry–Education Integration
 * Community, from the second seed report (seeds/004). Only what the report says, with these
 * choices, which the alliance's description also tells the user:
 * - the report gives no year: every date is in 2024;
 * - it gives the order of the ceremony but no times: the agenda has morning times in that order
 *   (an agenda item needs a time);
 * - it names no consultant unit and no other member unit, and not the four teachers of the
 *   demonstration classes, so none are made up; the three bureaus are recorded as units because
 *   the guest leaders work there, without a membership.
 * Units' short names hold the English names the report gives, shortened to 40 characters.
 */
const launchDay = '2024-06-13';
const school = '丽水市职业高级中学';

export const lishuiCommunity = sampleAlliance({
  alliance: {
    name: '丽水智能制造产教融合共同体',
    shortName: '丽水智能制造共同体',
    kind: 'industry-education-community',
    foundedOn: launchDay,
    region: '浙江省丽水市',
    guidingDepartments: ['丽水市教育局'],
    aims: '深化产教融合、校企合作，提升学校专业技能水平，促进丽水智能制造产业人才培养质量。',
    description:
      '英文名称 / English name: Lishui Intelligent Manufacturing Industry and Education Integration Community.\n' +
      '共同体在丽水市教育局等部门指导下，聘请顾问单位，由丽水市职业高级中学牵头，市内外部分职业院校、企事业单位、相关行业企业和科研院所等法人单位自愿参与，是区域性、非营利性、非法人的产教共同体。' +
      '通过组建共同体，加强学校、科研院所、企业、行业协会之间的全方位合作，推动资源整合共享，形成校企良性互动，促进区域智能制造产业共同发展。\n' +
      '（示例数据，取自成立启动仪式的报道。报道未注明年份和议程时间，日期按 2024 年录入，议程时间按报道顺序排在上午。）',
    numberPrefix: 'LSZZ',
  },
  units: {
    school: { name: school, shortName: 'Lishui Vocational High School', kind: 'secondary-vocational-school', region: '浙江省丽水市' },
    sibot: { name: '丽水思博特精密制造有限公司', shortName: 'Lishui Sibot Precision Manufacturing', kind: 'enterprise', region: '浙江省丽水市' },
    education: { name: '丽水市教育局', shortName: 'Lishui Education Bureau', kind: 'government-department', region: '浙江省丽水市' },
    economy: { name: '丽水市经济和信息化局', shortName: 'Lishui Economic and Information Bureau', kind: 'government-department', region: '浙江省丽水市' },
    science: { name: '丽水市科学技术局', shortName: 'Lishui Science and Technology Bureau', kind: 'government-department', region: '浙江省丽水市' },
  },
  people: {
    sangWenyong: { name: '桑文勇', unit: 'education', position: '党委委员、副局长' },
    zhouZairong: { name: '周再荣', unit: 'economy', position: '党组成员、副局长' },
    daiMeisong: { name: '戴美松', unit: 'science', position: '副局长' },
    chenHaixiang: { name: '陈海祥', unit: 'education', position: '四级调研员、职业与高等教育处处长' },
    liLijin: { name: '李立进', unit: 'school', position: '党委书记、校长' },
    zhuMeifen: { name: '朱美芬', unit: 'school', position: '校长助理' },
    huangYi: { name: '黄毅', unit: 'sibot', position: '总经理' },
    louHaibin: { name: '楼海斌' },
    wangGang: { name: '王刚' },
    yeJun: { name: '叶军' },
  },
  memberships: [
    { unit: 'school', role: 'lead-unit', joinedOn: launchDay, status: 'active', representative: 'liLijin' },
    { unit: 'sibot', role: 'member-unit', joinedOn: launchDay, status: 'active', representative: 'huangYi' },
  ],
  appointments: [
    { person: 'louHaibin', body: 'expert-steering-committee', role: 'member', termStart: launchDay },
    { person: 'wangGang', body: 'expert-steering-committee', role: 'member', termStart: launchDay },
    { person: 'yeJun', body: 'expert-steering-committee', role: 'member', termStart: launchDay },
  ],
  events: {
    launch: {
      kind: 'launch-ceremony',
      title: '丽水智能制造产教融合共同体成立启动仪式',
      startsOn: launchDay,
      venue: school,
      host: 'school',
      agenda: [
        { time: '09:00', title: '致辞', speaker: '李立进' },
        { time: '09:10', title: '解读共同体行动方案，介绍共同体的目标和主要任务', speaker: '朱美芬' },
        { time: '09:20', title: '为共同体顾问单位、牵头单位、成员单位授牌，为专家指导委员会委员颁发聘书', speaker: '出席领导' },
        { time: '09:35', title: '签订引企入校合作协议', speaker: '李立进、黄毅' },
        { time: '09:45', title: '讲话：共同体成立的背景和意义', speaker: '桑文勇' },
      ],
      minutes:
        '6月13日上午，丽水智能制造产教融合共同体成立启动仪式暨中职机械专业联盟活动在丽水市职业高级中学举行。丽水市教育局党委委员、副局长桑文勇，丽水市经济和信息化局党组成员、副局长周再荣，丽水市科学技术局副局长戴美松，丽水市教育局四级调研员、职业与高等教育处处长陈海祥等领导和嘉宾出席。\n' +
        '李立进代表学校致辞，感谢各位领导、嘉宾和师生的支持与关注，认为共同体的成立是学校发展的里程碑，标志着学校办学水平进入新阶段，也将更有效地推动学校人才培养和师资队伍建设。\n' +
        '朱美芬解读共同体行动方案，介绍了共同体的目标和主要任务。出席领导为共同体顾问单位、牵头单位和成员单位授牌，并为专家指导委员会委员颁发聘书。李立进与丽水思博特精密制造有限公司总经理黄毅签订引企入校合作协议。\n' +
        '桑文勇介绍共同体成立的背景和意义，认为这是顺应时代发展要求的重要举措，是产教融合模式的创新探索，也是优势资源的集聚与共享。',
    },
    seminar: {
      kind: 'seminar',
      title: '丽水智能制造产教融合共同体研讨会',
      startsOn: launchDay,
      venue: school,
      host: 'school',
      minutes: '启动仪式后，共同体在学校召开研讨会，共商共同体的未来发展。',
    },
    demonstration: {
      kind: 'demonstration-class',
      title: '丽水市中职机械专业联盟示范课展示',
      startsOn: launchDay,
      venue: school,
      host: 'school',
      minutes: '中职机械专业联盟活动。上午，丽水市中职学校4位代表教师分别进行示范课展示，课堂精彩，技能干货满满。',
    },
    lectureLou: {
      kind: 'lecture',
      title: '专家专题讲座：如何成为有“温度”、有“情怀”的专业教师',
      startsOn: launchDay,
      venue: school,
      host: 'school',
      minutes: '下午，共同体专家指导委员会专家楼海斌分享如何成为有“温度”、有“情怀”的专业教师的经验。',
    },
    lectureWang: {
      kind: 'lecture',
      title: '专家专题讲座：“三教”改革背景下的教学思考',
      startsOn: launchDay,
      venue: school,
      host: 'school',
      minutes: '下午，共同体专家指导委员会专家王刚分享“三教”改革背景下对教学的思考。',
    },
    lectureYe: {
      kind: 'lecture',
      title: '专家专题讲座：技能竞赛与教学实施经验分享',
      startsOn: launchDay,
      venue: school,
      host: 'school',
      minutes: '下午，共同体专家指导委员会专家叶军分享技能竞赛和教学实施方面的经验。',
    },
    visit: {
      kind: 'training-base-visit',
      title: '参观学校机械专业实训基地',
      startsOn: launchDay,
      venue: '丽水市职业高级中学机械专业实训基地',
      host: 'school',
      minutes: '启动仪式后，与会人员和领导参观学校机械专业实训基地。',
    },
  },
  participants: [
    { event: 'launch', person: 'sangWenyong', role: 'guest-leader' },
    { event: 'launch', person: 'zhouZairong', role: 'guest-leader' },
    { event: 'launch', person: 'daiMeisong', role: 'guest-leader' },
    { event: 'launch', person: 'chenHaixiang', role: 'guest-leader' },
    { event: 'launch', person: 'liLijin', role: 'speaker' },
    { event: 'launch', person: 'zhuMeifen', role: 'speaker' },
    { event: 'launch', person: 'huangYi', role: 'representative' },
    { event: 'lectureLou', person: 'louHaibin', role: 'expert' },
    { event: 'lectureWang', person: 'wangGang', role: 'expert' },
    { event: 'lectureYe', person: 'yeJun', role: 'expert' },
  ],
  agreements: [
    {
      kind: 'enterprise-into-school',
      title: '丽水市职业高级中学与丽水思博特精密制造有限公司引企入校合作协议',
      parties: ['school', 'sibot'],
      signatories: ['liLijin', 'huangYi'],
      signedOn: launchDay,
      event: 'launch',
      status: 'active',
    },
  ],
});
