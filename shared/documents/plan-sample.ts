import { generateNKeysBetween } from 'fractional-indexing';
import type { PlanSource } from './plan-document';

const units = [
  '丽水职业高级中学',
  '丽水市职业技术学校',
  '丽水思博特精密制造有限公司',
  '浙江杰克缝纫机股份有限公司',
  '丽水市智能制造行业协会',
  '丽水市技工学校',
  '丽水学院工学院',
  '丽水市质量检验检测研究院',
];

const themes = [
  ['共建智能制造产业学院', '联合制定人才培养方案，共同开发课程标准和活页式教材，推行现场工程师培养。', '建成产业学院1个，开发课程标准6门'],
  ['共建实训基地', '引企入校建设数控加工、工业机器人、智能产线运维实训基地，对接真实生产项目。', '新建或改造实训工位120个，年实训人次不少于3000'],
  ['组建“双师型”教师团队', '推行教师企业实践和企业技术骨干兼职任教制度，建设技能大师工作室。', '教师企业实践每年不少于1个月，聘请产业导师20名'],
  ['开展订单班和现代学徒制', '与成员企业联合招生、联合培养，按岗位标准组织教学和考核。', '开设订单班4个，学徒制培养学生200名'],
  ['服务企业技术改造', '组织专家指导委员会开展技术诊断，承接企业工艺改进和设备改造项目。', '完成技术服务项目10项以上'],
  ['开展职工技能培训', '面向成员企业开展数控、焊接、电工等工种培训和职业技能等级认定。', '年培训职工1000人次'],
  ['举办技能竞赛和教学展示', '联合举办机械类专业技能竞赛、示范课展示和专家讲座。', '每年举办竞赛1次、示范课4节'],
  ['建设资源共享平台', '建设共同体信息平台，汇集课程资源、岗位需求和实训设备信息。', '平台上线，共享课程资源30门'],
] as const;

const sectionTexts = [
  ['总体要求', '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，深化产教融合、校企合作，服务丽水智能制造产业高质量发展。\n（一）基本原则。坚持政府引导、学校主体、企业参与、协同发展。\n（二）工作目标。到2026年，共同体运行机制基本健全，校企合作项目覆盖全部成员单位。'],
  ['组织架构', '共同体设理事会、专家指导委员会和秘书处。秘书处设在丽水职业高级中学，负责日常工作。\n1. 理事会每年召开全体会议一次。\n2. 专家指导委员会负责人才培养方案和课程建设的论证与指导。'],
  ['主要任务', '围绕人才培养、师资建设、实训基地、技术服务和社会培训五个方面推进重点任务，具体分工见附表。\n（一）深化人才培养模式改革。\n（二）提升服务产业能力。'],
  ['保障措施', '（一）加强组织领导。各成员单位明确分管领导和联络人。\n（二）完善制度建设。制定共同体章程、议事规则和经费管理办法。\n（三）强化考核评价。建立年度工作报告和成员单位评价制度。'],
] as const;

function isoDate(year: number, month: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(lastDay)}`;
}

/** The Lishui community's three-year plan with `taskCount` tasks, ordered as the editor would order them. */
export function samplePlanSource(taskCount = 30): PlanSource {
  const unitNames = new Map(units.map((name, index) => [`unit-${String(index)}`, name]));
  const keys = generateNKeysBetween(null, null, Math.max(taskCount, sectionTexts.length));
  const key = (index: number): string => keys[index] ?? '';
  return {
    plan: {
      title: '丽水智能制造产教融合共同体三年行动计划（2024—2026年）',
      periodFrom: 2024,
      periodTo: 2026,
      status: 'adopted',
      issuer: '丽水智能制造产教融合共同体',
      documentNumber: '丽智共〔2024〕1号',
      issuedOn: '2024-06-13',
    },
    sections: sectionTexts.map(([heading, body], index) => ({ id: `section-${String(index)}`, order: key(index), heading, body, deleted: false })),
    tasks: Array.from({ length: taskCount }, (_, index) => {
      const [title, description, indicators] = themes[index % themes.length] ?? themes[0];
      const round = Math.floor(index / themes.length);
      return {
        id: `task-${String(index)}`,
        order: key(index),
        title: round === 0 ? title : `${title}（第${String(round + 1)}批）`,
        description,
        leadUnitId: `unit-${String(index % 3)}`,
        partnerUnitIds: [`unit-${String(3 + (index % 5))}`, `unit-${String(3 + ((index + 2) % 5))}`],
        dueOn: isoDate(2024 + (index % 3), 6 + (index % 7)),
        indicators,
        deleted: false,
      };
    }),
    unitNames,
  };
}
