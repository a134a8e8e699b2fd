import type { Catalog } from '../../i18n/use-messages';

export const allianceMessages: Catalog<{
  title: string;
  newAlliance: string;
  editAlliance: string;
  edit: string;
  annualReport: string;
  save: string;
  cancel: string;
  saveFailed: string;
  fields: {
    name: string;
    shortName: string;
    kind: string;
    foundedOn: string;
    region: string;
    guidingDepartments: string;
    aims: string;
    description: string;
    numberPrefix: string;
    numberPattern: string;
    logo: string;
    seal: string;
    signature: string;
    issuerName: string;
    numberSeries: string;
    deleted: string;
  };
  guidingDepartmentsHelp: string;
  numberPrefixHelp: string;
  numberPatternHelp: string;
  numberSeries: Record<'per-kind' | 'single', string>;
  /** The example number shown for the pattern: the number this computer's next document of each kind gets. */
  numberExample: (examples: string) => string;
  numberExampleItem: (number: string, kind: string) => string;
  numberExampleProposed: (code: string) => string;
  numberExampleNone: string;
  issuerNameHelp: string;
  memberCount: string;
  notFound: string;
  backToList: string;
  profileHeading: string;
  none: string;
  figures: {
    heading: string;
    asOf: (today: string) => string;
    memberUnits: string;
    memberUnitsTotal: string;
    byKind: string;
    byRole: string;
    noMembers: string;
    people: string;
    peopleTotal: (count: number) => string;
    noPeople: string;
    events: string;
    eventsOfYear: (year: string) => string;
    noEvents: string;
    agreements: string;
    agreementsActive: string;
    agreementsExpiring: string;
    newEvent: string;
    newAgreement: string;
    units: (count: number) => string;
    persons: (count: number) => string;
    times: (count: number) => string;
    items: (count: number) => string;
  };
}> = {
  'zh-CN': {
    title: '联盟',
    newAlliance: '新建联盟',
    editAlliance: '编辑联盟信息',
    edit: '编辑',
    annualReport: '年度报告',
    save: '保存',
    cancel: '取消',
    saveFailed: '保存失败，未做任何更改。',
    fields: {
      name: '联盟名称',
      shortName: '简称',
      kind: '类型',
      foundedOn: '成立日期',
      region: '所在地区',
      guidingDepartments: '指导部门',
      aims: '宗旨',
      description: '简介',
      numberPrefix: '文号前缀',
      numberPattern: '编号规则',
      logo: '标志',
      seal: '印章',
      signature: '负责人签名',
      issuerName: '落款单位',
      numberSeries: '编号序列',
      deleted: '已删除',
    },
    guidingDepartmentsHelp: '输入部门名称后按回车，可填写多个，如：丽水市教育局',
    numberPrefixHelp: '证书和聘书编号的开头字母，如 LSZZ',
    numberPatternHelp: '可用 {prefix} 文号前缀、{year} 颁发年份、{office} 本办公室代码、{kind} 证书类别字母（证书 Z、聘书 P）、{seq:000} 流水号（几个 0 即几位）',
    numberSeries: { 'per-kind': '各类证书分别编号（证书、聘书各自从 001 起）', single: '所有证书共用一个编号序列' },
    numberExample: (examples) => `示例：${examples}`,
    numberExampleItem: (number, kind) => `${number}（${kind}）`,
    numberExampleProposed: (code) => `本机办公室代码尚未设置，示例按建议代码 ${code}，首次签发时确认。`,
    numberExampleNone: '编号规则或文号前缀有误，无法编号。',
    issuerNameHelp: '印在证书和聘书的落款处；不填即为联盟名称',
    memberCount: '成员单位数',
    notFound: '找不到这个联盟。',
    backToList: '返回联盟列表',
    profileHeading: '基本信息',
    none: '—',
    figures: {
      heading: '年度概况',
      asOf: (today) => `统计日期：${today}。点击数字可打开对应的名单。`,
      memberUnits: '成员单位',
      memberUnitsTotal: '全部正式成员单位',
      byKind: '按单位类型',
      byRole: '按角色',
      noMembers: '尚无正式成员单位。',
      people: '专家与聘任人员',
      peopleTotal: (count) => `聘任人员 ${count} 人`,
      noPeople: '尚无聘任记录。',
      events: '活动',
      eventsOfYear: (year) => `${year} 年`,
      noEvents: '尚无活动记录。',
      agreements: '合作协议',
      agreementsActive: '履行中',
      agreementsExpiring: '90 天内到期',
      newEvent: '登记活动',
      newAgreement: '登记协议',
      units: (count) => `${count} 家`,
      persons: (count) => `${count} 人`,
      times: (count) => `${count} 场`,
      items: (count) => `${count} 份`,
    },
  },
  en: {
    title: 'Alliances',
    newAlliance: 'New alliance',
    editAlliance: 'Edit alliance',
    edit: 'Edit',
    annualReport: 'Annual report',
    save: 'Save',
    cancel: 'Cancel',
    saveFailed: 'Could not save; nothing was changed.',
    fields: {
      name: 'Name',
      shortName: 'Short name',
      kind: 'Kind',
      foundedOn: 'Founded on',
      region: 'Region',
      guidingDepartments: 'Guiding departments',
      aims: 'Aims',
      description: 'Description',
      numberPrefix: 'Document-number prefix',
      numberPattern: 'Number pattern',
      logo: 'Logo',
      seal: 'Seal',
      signature: 'Signature',
      issuerName: 'Issuer',
      numberSeries: 'Number series',
      deleted: 'Deleted',
    },
    guidingDepartmentsHelp: 'Type a department and press Enter; several are allowed, e.g. Lishui Municipal Education Bureau',
    numberPrefixHelp: 'The letters that open licence and letter numbers, e.g. LSZZ',
    numberPatternHelp: 'Use {prefix} the prefix, {year} the year of issue, {office} this office’s code, {kind} the kind’s letter (Z licences, P letters), {seq:000} the running number (as many digits as zeros)',
    numberSeries: { 'per-kind': 'Each kind numbered on its own (licences and letters each from 001)', single: 'One series for every kind' },
    numberExample: (examples) => `Example: ${examples}`,
    numberExampleItem: (number, kind) => `${number} (${kind})`,
    numberExampleProposed: (code) => `This computer’s office code is not set yet: the example uses the proposed ${code}, confirmed at the first issue.`,
    numberExampleNone: 'The pattern or the prefix is wrong: nothing can be numbered.',
    issuerNameHelp: 'Printed as the issuer of licences and letters; left empty, the alliance’s name',
    memberCount: 'Member units',
    notFound: 'This alliance does not exist.',
    backToList: 'Back to the alliances',
    profileHeading: 'Profile',
    none: '—',
    figures: {
      heading: 'Yearly figures',
      asOf: (today) => `As of ${today}. Click a figure to open the list it counts.`,
      memberUnits: 'Member units',
      memberUnitsTotal: 'All active member units',
      byKind: 'By kind of unit',
      byRole: 'By role',
      noMembers: 'No active member units yet.',
      people: 'Experts and appointees',
      peopleTotal: (count) => `${count} ${count === 1 ? 'person' : 'people'} appointed`,
      noPeople: 'No appointments yet.',
      events: 'Events',
      eventsOfYear: (year) => year,
      noEvents: 'No events yet.',
      agreements: 'Agreements',
      agreementsActive: 'In force',
      agreementsExpiring: 'Ending within 90 days',
      newEvent: 'New event',
      newAgreement: 'New agreement',
      units: (count) => String(count),
      persons: (count) => String(count),
      times: (count) => String(count),
      items: (count) => String(count),
    },
  },
};
