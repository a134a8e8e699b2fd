import type { Catalog } from '../../../i18n/use-messages';

export const issuedMessages: Catalog<{
  title: string;
  issue: string;
  printQueue: string;
  fields: {
    number: string;
    recipientName: string;
    kind: string;
    templateId: string;
    issuedOn: string;
    eventId: string;
    printCount: string;
    revoked: string;
    revokedReason: string;
    revokedOn: string;
    allianceId: string;
    deleted: string;
  };
  status: string;
  valid: string;
  revokedLabel: string;
  duplicate: string;
  notFound: string;
  backToList: string;
  printedHeading: string;
  previewHeading: string;
  templateMissing: string;
  reprint: string;
  printDialog: string;
  revoke: string;
  restore: string;
  revokeHeading: (number: string) => string;
  revokeText: string;
  reason: string;
  reasonRequired: string;
  cancel: string;
  revokedBanner: (on: string, reason: string) => string;
  exporting: string;
  saved: (where: string) => string;
  downloading: (name: string) => string;
  printed: (printer: string) => string;
  failed: string;
  builtIn: string;
  columns: { prints: string; exports: string };
  printsLabel: string;
  exportsLabel: string;
  log: {
    heading: string;
    empty: string;
    at: string;
    action: string;
    where: string;
    copies: string;
    office: string;
    actions: { print: string; export: string; earlier: string };
    routes: { spooler: string; 'system-dialog': string; 'browser-dialog': string };
    targets: { file: string; folder: string; download: string };
    earlierNote: string;
  };
}> = {
  'zh-CN': {
    title: '签发登记',
    issue: '批量签发',
    printQueue: '本活动打印队列',
    fields: {
      number: '编号',
      recipientName: '签发对象',
      kind: '文书类型',
      templateId: '模板',
      issuedOn: '签发日期',
      eventId: '活动',
      printCount: '出具次数',
      revoked: '已作废',
      revokedReason: '作废原因',
      revokedOn: '作废日期',
      allianceId: '联盟',
      deleted: '已删除',
    },
    status: '状态',
    valid: '有效',
    revokedLabel: '已作废',
    duplicate: '编号重复！请核查（可能两台电脑使用了相同的办公室代码）',
    notFound: '找不到这份文书。',
    backToList: '返回签发登记',
    printedHeading: '签发时的文字',
    previewHeading: '文书样式',
    templateMissing: '这份文书的模板在本机上不存在（可能尚未同步），暂时无法补打。',
    reprint: '导出 PDF',
    printDialog: '打印…',
    revoke: '作废',
    restore: '撤销作废',
    revokeHeading: (number) => `作废 ${number}`,
    revokeText: '作废后编号仍保留在登记簿中，不会再次使用。请写明原因。',
    reason: '作废原因',
    reasonRequired: '请填写作废原因',
    cancel: '取消',
    revokedBanner: (on, reason) => `已于 ${on} 作废：${reason}`,
    exporting: '正在生成 PDF…',
    saved: (where) => `已保存：${where}`,
    downloading: (name) => `正在下载：${name}`,
    printed: (printer) => `已发送到打印机：${printer}`,
    failed: '操作失败，未做任何更改。',
    builtIn: '内置',
    columns: { prints: '打印', exports: '导出' },
    printsLabel: '打印次数',
    exportsLabel: '导出次数',
    log: {
      heading: '打印与导出记录',
      empty: '还没有打印或导出过。',
      at: '时间',
      action: '操作',
      where: '打印机 / 位置',
      copies: '份数',
      office: '办公室',
      actions: { print: '打印', export: '导出 PDF', earlier: '此前出具' },
      routes: { spooler: '直接发送到打印机', 'system-dialog': '系统打印对话框', 'browser-dialog': '浏览器打印对话框（经确认已打印）' },
      targets: { file: '文件', folder: '文件夹', download: '下载' },
      earlierNote: '升级前的出具次数，没有区分打印和导出',
    },
  },
  en: {
    title: 'Issued documents',
    issue: 'Issue documents',
    printQueue: 'Print queue of this event',
    fields: {
      number: 'Number',
      recipientName: 'Recipient',
      kind: 'Kind',
      templateId: 'Template',
      issuedOn: 'Issued on',
      eventId: 'Event',
      printCount: 'Print count',
      revoked: 'Revoked',
      revokedReason: 'Reason for revoking',
      revokedOn: 'Revoked on',
      allianceId: 'Alliance',
      deleted: 'Deleted',
    },
    status: 'Status',
    valid: 'Valid',
    revokedLabel: 'Revoked',
    duplicate: 'Duplicate number! Check it (two computers may use the same office code)',
    notFound: 'This document does not exist.',
    backToList: 'Back to the issued documents',
    printedHeading: 'The text as issued',
    previewHeading: 'The document',
    templateMissing: 'The template of this document is not on this computer (perhaps not synced yet); it cannot be reprinted for now.',
    reprint: 'Export PDF',
    printDialog: 'Print…',
    revoke: 'Revoke',
    restore: 'Undo revoking',
    revokeHeading: (number) => `Revoke ${number}`,
    revokeText: 'A revoked number stays in the registry and is never used again. Give the reason.',
    reason: 'Reason',
    reasonRequired: 'Give a reason',
    cancel: 'Cancel',
    revokedBanner: (on, reason) => `Revoked on ${on}: ${reason}`,
    exporting: 'Making the PDF…',
    saved: (where) => `Saved: ${where}`,
    downloading: (name) => `Downloading: ${name}`,
    printed: (printer) => `Sent to the printer: ${printer}`,
    failed: 'That did not work; nothing was changed.',
    builtIn: 'Built-in',
    columns: { prints: 'Prints', exports: 'Exports' },
    printsLabel: 'Prints',
    exportsLabel: 'Exports',
    log: {
      heading: 'Prints and exports',
      empty: 'Not printed or exported yet.',
      at: 'Time',
      action: 'What',
      where: 'Printer / where',
      copies: 'Copies',
      office: 'Office',
      actions: { print: 'Printed', export: 'Exported to PDF', earlier: 'Put out before' },
      routes: { spooler: 'sent to the printer', 'system-dialog': 'system print dialog', 'browser-dialog': "browser's print dialog (confirmed printed)" },
      targets: { file: 'file', folder: 'folder', download: 'download' },
      earlierNote: 'the count kept before the upgrade, prints and exports together',
    },
  },
};
