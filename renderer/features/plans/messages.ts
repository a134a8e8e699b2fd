import type { Catalog } from '../../i18n/use-messages';

export const planMessages: Catalog<{
  title: string;
  newPlan: string;
  editPlan: string;
  edit: string;
  save: string;
  cancel: string;
  saveFailed: string;
  notFound: string;
  backToList: string;
  none: string;
  fields: {
    allianceId: string;
    title: string;
    periodFrom: string;
    periodTo: string;
    period: string;
    status: string;
    adoptedEventId: string;
    issuer: string;
    documentNumber: string;
    issuedOn: string;
    deleted: string;
  };
  issuerHelp: string;
  documentNumberHelp: string;
  titleHelp: string;
  sections: {
    heading: string;
    empty: string;
    add: string;
    edit: string;
    fields: { heading: string; body: string; order: string; deleted: string };
    bodyHelp: string;
    deletedNotice: string;
  };
  tasks: {
    heading: string;
    empty: string;
    add: string;
    edit: string;
    fields: {
      title: string;
      description: string;
      leadUnitId: string;
      partnerUnitIds: string;
      dueOn: string;
      indicators: string;
      status: string;
      order: string;
      deleted: string;
    };
    number: string;
    deletedNotice: string;
  };
  actions: string;
  moveUp: (name: string) => string;
  moveDown: (name: string) => string;
  editRow: (name: string) => string;
  deleteRow: (name: string) => string;
  restoreRow: (name: string) => string;
  restore: string;
  undo: string;
  showDeleted: string;
  deletedTag: string;
  saved: string;
  exportPdf: string;
  exportDocx: string;
  exporting: string;
  exported: (where: string) => string;
  downloading: (fileName: string) => string;
}> = {
  'zh-CN': {
    title: '行动计划',
    newPlan: '新建行动计划',
    editPlan: '编辑行动计划',
    edit: '编辑',
    save: '保存',
    cancel: '取消',
    saveFailed: '保存失败，未做任何更改。',
    notFound: '找不到这份行动计划。',
    backToList: '返回行动计划列表',
    none: '—',
    fields: {
      allianceId: '所属联盟',
      title: '计划名称',
      periodFrom: '起始年份',
      periodTo: '截止年份',
      period: '计划周期',
      status: '状态',
      adoptedEventId: '审议通过的会议',
      issuer: '发文机关',
      documentNumber: '发文字号',
      issuedOn: '成文日期',
      deleted: '已删除',
    },
    issuerHelp: '如：丽水智能制造产教融合共同体；填写后 PDF 带红色版头，文末署名',
    documentNumberHelp: '如：丽智共〔2024〕1号',
    titleHelp: '如：三年行动计划（2024—2026年）',
    sections: {
      heading: '正文',
      empty: '还没有正文部分。添加“总体要求”“主要任务”“保障措施”等部分。',
      add: '添加部分',
      edit: '编辑部分',
      fields: { heading: '标题', body: '内容', order: '顺序', deleted: '已删除' },
      bodyHelp: '每行一段。标题自动编号为“一、二、……”；段内的（一）、1.、(1) 等编号按所输入的保留。',
      deletedNotice: '已删除该部分',
    },
    tasks: {
      heading: '主要任务',
      empty: '还没有任务。',
      add: '添加任务',
      edit: '编辑任务',
      fields: {
        title: '任务名称',
        description: '具体内容',
        leadUnitId: '牵头单位',
        partnerUnitIds: '参与单位',
        dueOn: '完成时限',
        indicators: '工作指标',
        status: '进展',
        order: '顺序',
        deleted: '已删除',
      },
      number: '序号',
      deletedNotice: '已删除该任务',
    },
    actions: '操作',
    moveUp: (name) => `上移：${name}`,
    moveDown: (name) => `下移：${name}`,
    editRow: (name) => `编辑：${name}`,
    deleteRow: (name) => `删除：${name}`,
    restoreRow: (name) => `恢复：${name}`,
    restore: '恢复',
    undo: '撤销',
    showDeleted: '显示已删除',
    deletedTag: '已删除',
    saved: '已保存',
    exportPdf: '导出 PDF',
    exportDocx: '导出 Word',
    exporting: '正在生成……',
    exported: (where) => `已保存到 ${where}`,
    downloading: (fileName) => `已开始下载 ${fileName}`,
  },
  en: {
    title: 'Action plans',
    newPlan: 'New action plan',
    editPlan: 'Edit action plan',
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    saveFailed: 'Could not save; nothing was changed.',
    notFound: 'This action plan does not exist.',
    backToList: 'Back to the action plans',
    none: '—',
    fields: {
      allianceId: 'Alliance',
      title: 'Title',
      periodFrom: 'From (year)',
      periodTo: 'To (year)',
      period: 'Period',
      status: 'Status',
      adoptedEventId: 'Adopted at (meeting)',
      issuer: 'Issuing body (发文机关)',
      documentNumber: 'Document number (发文字号)',
      issuedOn: 'Dated',
      deleted: 'Deleted',
    },
    issuerHelp: 'E.g. the alliance; when given, the PDF gets the red masthead and is signed with it',
    documentNumberHelp: 'E.g. 丽智共〔2024〕1号',
    titleHelp: 'E.g. 三年行动计划（2024—2026年）',
    sections: {
      heading: 'Text',
      empty: 'No sections yet. Add sections such as general requirements, main tasks and safeguards.',
      add: 'Add section',
      edit: 'Edit section',
      fields: { heading: 'Heading', body: 'Text', order: 'Position', deleted: 'Deleted' },
      bodyHelp: 'One paragraph per line. Headings are numbered 一、二、… automatically; numbering such as （一）, 1., (1) inside the text is kept as typed.',
      deletedNotice: 'Section deleted',
    },
    tasks: {
      heading: 'Main tasks',
      empty: 'No tasks yet.',
      add: 'Add task',
      edit: 'Edit task',
      fields: {
        title: 'Task',
        description: 'Description',
        leadUnitId: 'Lead unit',
        partnerUnitIds: 'Partner units',
        dueOn: 'Due',
        indicators: 'Indicators',
        status: 'Progress',
        order: 'Position',
        deleted: 'Deleted',
      },
      number: 'No.',
      deletedNotice: 'Task deleted',
    },
    actions: 'Actions',
    moveUp: (name) => `Move up: ${name}`,
    moveDown: (name) => `Move down: ${name}`,
    editRow: (name) => `Edit: ${name}`,
    deleteRow: (name) => `Delete: ${name}`,
    restoreRow: (name) => `Restore: ${name}`,
    restore: 'Restore',
    undo: 'Undo',
    showDeleted: 'Show deleted',
    deletedTag: 'Deleted',
    saved: 'Saved',
    exportPdf: 'Export PDF',
    exportDocx: 'Export Word',
    exporting: 'Preparing…',
    exported: (where) => `Saved to ${where}`,
    downloading: (fileName) => `Downloading ${fileName}`,
  },
};
