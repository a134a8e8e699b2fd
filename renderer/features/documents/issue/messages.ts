import type { Catalog } from '../../../i18n/use-messages';

export const issueMessages: Catalog<{
  title: string;
  chooseHeading: string;
  alliance: string;
  template: string;
  noTemplates: string;
  issuedOn: string;
  by: string;
  byEvent: string;
  byAlliance: string;
  byHand: string;
  event: string;
  eventNeeded: string;
  roles: string;
  unitKinds: string;
  bodies: string;
  pickUnits: string;
  pickPeople: string;
  recipientsHeading: (chosen: number, found: number) => string;
  noRecipients: string;
  selectAll: string;
  selectNone: string;
  skipped: Record<'not-member' | 'no-appointment' | 'no-agreement' | 'not-participant', (name: string) => string>;
  alreadyHolds: (number: string) => string;
  previewHeading: string;
  pageOf: (page: number, pages: number) => string;
  previous: string;
  next: string;
  numbersWillBe: (first: string, last: string) => string;
  previewTitle: (name: string) => string;
  problemsHeading: string;
  problemLine: (page: number, name: string, fields: string) => string;
  moreProblems: (count: number) => string;
  unknownField: (key: string) => string;
  fieldName: (label: string) => string;
  listSeparator: string;
  fixHint: string;
  fontsHeading: string;
  fontsLine: (page: number, name: string, characters: string) => string;
  fontCharacter: (character: string, codePoint: string) => string;
  fontsHint: string;
  numbering: Record<'missing-office' | 'missing-seq' | 'repeated-token' | 'unknown-token' | 'missing-prefix' | 'required' | 'office-code', string>;
  editAlliance: string;
  openSettings: string;
  sharedOfficeCode: (office: string, number: string) => string;
  issue: (count: number) => string;
  issuing: string;
  confirmHeading: string;
  confirmText: (count: number) => string;
  confirmList: (name: string, number: string) => string;
  cancel: string;
  issueAnyway: string;
  issuedHeading: (count: number) => string;
  issuedRange: (first: string, last: string) => string;
  exportOne: string;
  exportEach: string;
  printQueue: string;
  openRegistry: string;
  issueMore: string;
  exporting: string;
  exportProgress: (done: number, total: number) => string;
  saved: (where: string) => string;
  downloading: (name: string) => string;
  failed: string;
  problemsFailed: string;
  fitHeading: string;
  fitLine: (page: number, name: string, element: string, lines: number, maxLines: number) => string;
  fitHint: string;
  fitChecking: string;
  /** What a batch's files are named after, with its occasion and date; other kinds use the template's own name. */
  batchDocuments: Record<'unit-licence' | 'appointment-letter' | 'agreement-certificate' | 'participation-certificate', string>;
}> = {
  'zh-CN': {
    title: '批量签发',
    chooseHeading: '选择模板和对象',
    alliance: '联盟',
    template: '模板',
    noTemplates: '这个联盟还没有可用的模板。',
    issuedOn: '签发日期',
    by: '选择对象',
    byEvent: '按活动',
    byAlliance: '联盟全部',
    byHand: '手动选择',
    event: '活动',
    eventNeeded: '请选择活动。',
    roles: '成员角色',
    unitKinds: '单位类型',
    bodies: '聘任机构',
    pickUnits: '选择单位',
    pickPeople: '选择人员',
    recipientsHeading: (chosen, found) => `签发对象（已选 ${chosen} / 共 ${found}）`,
    noRecipients: '没有符合条件的对象。',
    selectAll: '全选',
    selectNone: '全不选',
    skipped: {
      'not-member': (name) => `${name} 不是本联盟的成员单位，未列入。`,
      'no-appointment': (name) => `${name} 在本联盟没有聘任记录，未列入。`,
      'no-agreement': (name) => `${name} 在本联盟没有已签订的合作协议，未列入。`,
      'not-participant': (name) => `${name} 没有参加这次活动，未列入。`,
    },
    alreadyHolds: (number) => `已持有 ${number}`,
    previewHeading: '预览',
    pageOf: (page, pages) => `第 ${page} 页 / 共 ${pages} 页`,
    previous: '上一页',
    next: '下一页',
    numbersWillBe: (first, last) => (first === last ? `编号将为 ${first}` : `编号将为 ${first} 至 ${last}`),
    previewTitle: (name) => `${name} 的预览`,
    problemsHeading: '模板中有字段无法填写，修正后才能签发：',
    problemLine: (page, name, fields) => `第 ${page} 页（${name}）：缺少 ${fields}`,
    moreProblems: (count) => `另有 ${count} 处`,
    unknownField: (key) => `未知字段 {${key}}`,
    fieldName: (label) => `“${label}”`,
    listSeparator: '、',
    fixHint: '请在相应记录中补全信息（如聘期、职称），或在模板中删去该字段。',
    fontsHeading: '以下字符不在应用自带的字体中，打印时会变成本机字体的字形，修正后才能签发：',
    fontsLine: (page, name, characters) => `第 ${page} 页（${name}）：${characters}`,
    fontCharacter: (character, codePoint) => `「${character}」（${codePoint}）`,
    fontsHint: '请在单位或人员记录中改用规范汉字（例如以标准编码的字代替私用区造字），再回到这里签发。',
    numbering: {
      'missing-office': '联盟的编号规则缺少 {office}（本办公室代码）。',
      'missing-seq': '联盟的编号规则缺少 {seq}（流水号）。',
      'repeated-token': '联盟的编号规则中 {office} 或 {seq} 出现了不止一次。',
      'unknown-token': '联盟的编号规则含有无法识别的占位符，只能使用 {prefix}、{year}、{office}、{seq}。',
      'missing-prefix': '联盟还没有文号前缀，编号规则却用到 {prefix}。',
      required: '本机还没有办公室代码，请在“设置”中填写。',
      'office-code': '本机的办公室代码无效，请在“设置”中修改。',
    },
    editAlliance: '编辑联盟信息',
    openSettings: '打开设置',
    sharedOfficeCode: (office, number) =>
      `另一台电脑签发过带本机办公室代码 ${office} 的编号（如 ${number}）。若是本机重装前签发的，编号会接着往后排，无需处理；若那台电脑仍在使用，两台电脑离线时可能编出相同的号，请在“设置”中为本机换一个代码。`,
    issue: (count) => `签发 ${count} 份`,
    issuing: '正在签发…',
    confirmHeading: '重复签发？',
    confirmText: (count) => `以下 ${count} 个对象已持有此模板的有效文书。仍要再签发新编号的文书吗？`,
    confirmList: (name, number) => `${name}（${number}）`,
    cancel: '取消',
    issueAnyway: '仍然签发',
    issuedHeading: (count) => `已签发 ${count} 份，已登记`,
    issuedRange: (first, last) => (first === last ? `编号 ${first}` : `编号 ${first} 至 ${last}`),
    exportOne: '导出为一个 PDF',
    exportEach: '每份导出一个 PDF',
    printQueue: '前往打印队列',
    openRegistry: '查看签发登记',
    issueMore: '继续签发',
    exporting: '正在生成 PDF…',
    exportProgress: (done, total) => `正在生成 PDF：已完成 ${done.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 份`,
    saved: (where) => `已保存：${where}`,
    downloading: (name) => `正在下载：${name}`,
    failed: '签发失败，未签发任何文书。',
    problemsFailed: '有字段无法填写，未签发任何文书。',
    fitHeading: '有文字缩到模板允许的最小字号仍放不下，修正后才能签发：',
    fitLine: (page, name, element, lines, maxLines) => `第 ${page} 页（${name}）：${element}需 ${lines} 行，最多 ${maxLines} 行`,
    fitHint: '请在相应记录中使用简称，或在模板中为该元素放宽行数、调小最小字号。',
    fitChecking: '正在检查每一页的文字是否放得下……',
    batchDocuments: { 'unit-licence': '成员单位证书', 'appointment-letter': '聘书', 'agreement-certificate': '合作协议证书', 'participation-certificate': '参会证明' },
  },
  en: {
    title: 'Issue documents',
    chooseHeading: 'Template and recipients',
    alliance: 'Alliance',
    template: 'Template',
    noTemplates: 'No template is available for this alliance.',
    issuedOn: 'Issued on',
    by: 'Recipients',
    byEvent: 'By event',
    byAlliance: 'Whole alliance',
    byHand: 'By hand',
    event: 'Event',
    eventNeeded: 'Choose an event.',
    roles: 'Roles',
    unitKinds: 'Unit kinds',
    bodies: 'Bodies',
    pickUnits: 'Units',
    pickPeople: 'People',
    recipientsHeading: (chosen, found) => `Recipients (${chosen} of ${found} chosen)`,
    noRecipients: 'Nobody matches.',
    selectAll: 'All',
    selectNone: 'None',
    skipped: {
      'not-member': (name) => `${name} is not a member unit of this alliance and is left out.`,
      'no-appointment': (name) => `${name} holds no appointment in this alliance and is left out.`,
      'no-agreement': (name) => `${name} has no signed agreement in this alliance and is left out.`,
      'not-participant': (name) => `${name} did not take part in this event and is left out.`,
    },
    alreadyHolds: (number) => `Holds ${number}`,
    previewHeading: 'Preview',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    previous: 'Previous',
    next: 'Next',
    numbersWillBe: (first, last) => (first === last ? `The number will be ${first}` : `Numbers will be ${first} to ${last}`),
    previewTitle: (name) => `Preview for ${name}`,
    problemsHeading: 'Some fields of the template cannot be filled; fix them to issue:',
    problemLine: (page, name, fields) => `Page ${page} (${name}): no ${fields}`,
    moreProblems: (count) => `${count} more`,
    unknownField: (key) => `unknown field {${key}}`,
    fieldName: (label) => `"${label}"`,
    listSeparator: ', ',
    fixHint: 'Complete the records (a term, a title …) or take the field out of the template.',
    fontsHeading: 'The app’s own fonts do not hold these characters; they would print in a font of this computer. Correct them to issue:',
    fontsLine: (page, name, characters) => `Page ${page} (${name}): ${characters}`,
    fontCharacter: (character, codePoint) => `“${character}” (${codePoint})`,
    fontsHint: 'Use the standard character in the unit’s or person’s record (for example instead of a private-use one made locally), then issue here.',
    numbering: {
      'missing-office': 'The alliance’s number pattern lacks {office} (this office’s code).',
      'missing-seq': 'The alliance’s number pattern lacks {seq} (the running number).',
      'repeated-token': 'The alliance’s number pattern has {office} or {seq} more than once.',
      'unknown-token': 'The alliance’s number pattern has a placeholder other than {prefix}, {year}, {office} and {seq}.',
      'missing-prefix': 'The alliance has no number prefix, but its pattern uses {prefix}.',
      required: 'This computer has no office code yet; set one in Settings.',
      'office-code': 'This computer’s office code is invalid; change it in Settings.',
    },
    editAlliance: 'Edit the alliance',
    openSettings: 'Open Settings',
    sharedOfficeCode: (office, number) =>
      `Another computer has issued numbers with this computer’s office code ${office} (e.g. ${number}). If it was this computer before a reinstall, nothing needs doing: numbering continues after them. If that computer is still in use, the two could make the same numbers offline: give this computer another code in Settings.`,
    issue: (count) => `Issue ${count}`,
    issuing: 'Issuing…',
    confirmHeading: 'Issue again?',
    confirmText: (count) => `These ${count} recipients already hold a valid document of this template. Issue new ones with new numbers anyway?`,
    confirmList: (name, number) => `${name} (${number})`,
    cancel: 'Cancel',
    issueAnyway: 'Issue anyway',
    issuedHeading: (count) => `${count} issued and registered`,
    issuedRange: (first, last) => (first === last ? `Number ${first}` : `Numbers ${first} to ${last}`),
    exportOne: 'Export as one PDF',
    exportEach: 'One PDF per document',
    printQueue: 'Go to the print queue',
    openRegistry: 'Open the registry',
    issueMore: 'Issue more',
    exporting: 'Making the PDF…',
    exportProgress: (done, total) => `Making the PDF: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} documents done`,
    saved: (where) => `Saved: ${where}`,
    downloading: (name) => `Downloading: ${name}`,
    failed: 'Issuing failed; nothing was issued.',
    problemsFailed: 'Some fields cannot be filled; nothing was issued.',
    fitHeading: 'Some texts do not fit even at the smallest size the template allows; fix them to issue:',
    fitLine: (page, name, element, lines, maxLines) => `Page ${page} (${name}): ${element} needs ${lines} lines, ${maxLines} fit`,
    fitHint: 'Use a shorter name in the record, or allow that element more lines or a smaller size in the template.',
    fitChecking: 'Checking that the texts of every page fit…',
    batchDocuments: { 'unit-licence': 'Member-unit licences', 'appointment-letter': 'Letters of appointment', 'agreement-certificate': 'Agreement certificates', 'participation-certificate': 'Participation certificates' },
  },
};
