import type { Catalog } from '../../../i18n/use-messages';

export const printingMessages: Catalog<{
  queueTitle: (event: string) => string;
  queueIntro: string;
  eventNotFound: string;
  backToEvents: string;
  backToEvent: string;
  empty: string;
  issueLink: string;
  columns: { order: string; number: string; recipient: string; document: string; status: string; actions: string };
  status: {
    waiting: string;
    printing: string;
    printed: (count: number) => string;
    failed: string;
    confirming: string;
    notPrinted: string;
    exported: (count: number) => string;
    earlier: (count: number) => string;
    earlierHint: string;
  };
  printAll: (count: number) => string;
  printNext: string;
  reprint: string;
  printOne: string;
  moveUp: string;
  moveDown: string;
  resetOrder: string;
  orderHint: string;
  allPrinted: string;
  printedSummary: (waiting: number, done: number, total: number) => string;
  stoppedAt: (number: string) => string;
  cancelled: string;
  notPrintedAt: (number: string) => string;
  confirm: { title: (number: string) => string; text: string; printed: string; notPrinted: string };
  templateMissing: string;
  choice: {
    heading: string;
    dialog: string;
    dialogBrowser: string;
    silent: string;
    printer: string;
    noPrinters: string;
    copies: string;
    refresh: string;
    calibrate: string;
    offsetNote: (x: number, y: number) => string;
    notCalibrated: string;
    isDefault: string;
    disabled: string;
  };
  calibration: {
    title: string;
    intro: string;
    template: string;
    printer: string;
    needPrinter: string;
    printPage: string;
    printed: string;
    offsetX: string;
    offsetY: string;
    measuredHeading: string;
    measuredX: string;
    measuredY: string;
    apply: string;
    save: string;
    saved: string;
    current: (x: number, y: number) => string;
    back: string;
  };
}> = {
  'zh-CN': {
    queueTitle: (event) => `打印队列 · ${event}`,
    queueIntro: '按仪式流程顺序打印本次活动颁发的证书和聘书：顾问单位、牵头单位、理事单位、成员单位，然后是专家。可以上下调整顺序；补打沿用原编号。',
    eventNotFound: '找不到这项活动。',
    backToEvents: '返回活动列表',
    backToEvent: '返回活动',
    empty: '本次活动还没有颁发任何证书或聘书。',
    issueLink: '去颁发证书',
    columns: { order: '顺序', number: '编号', recipient: '颁发对象', document: '文书', status: '状态', actions: '操作' },
    status: {
      waiting: '待打印',
      printing: '正在打印……',
      printed: (count) => (count > 1 ? `已打印（${count} 次）` : '已打印'),
      failed: '打印失败',
      confirming: '等待确认',
      notPrinted: '未打印',
      exported: (count) => (count > 1 ? `已导出 PDF（${count} 次）` : '已导出 PDF'),
      earlier: (count) => `此前出具 ${count} 次`,
      earlierHint: '升级前的记录没有区分打印和导出，不计为已打印。',
    },
    printAll: (count) => `全部打印（${count} 份）`,
    printNext: '打印下一份',
    reprint: '补打',
    printOne: '打印',
    moveUp: '上移',
    moveDown: '下移',
    resetOrder: '恢复流程顺序',
    orderHint: '顺序只保存在本机。',
    allPrinted: '全部已打印。',
    printedSummary: (waiting, done, total) => `待打印 ${waiting} 份，已打印 ${done} / ${total} 份`,
    stoppedAt: (number) => `打印在 ${number} 处停止，后面的文书未发送。`,
    cancelled: '已取消打印，打印次数未变。',
    notPrintedAt: (number) => `${number} 未打印，打印已停止；它仍在待打印中。`,
    confirm: {
      title: (number) => `${number} 打印出来了吗？`,
      text: '浏览器的打印对话框不告诉工作台是否真的打印了。打印机出纸了选“已打印”；取消了或没有出纸选“未打印”，这份文书会留在待打印中。',
      printed: '已打印',
      notPrinted: '未打印',
    },
    templateMissing: '这份文书的模板已不存在，无法打印。',
    choice: {
      heading: '打印机',
      dialog: '每次弹出系统打印对话框',
      dialogBrowser: '使用浏览器的打印对话框',
      silent: '直接发送到打印机（不弹窗）',
      printer: '打印机',
      noPrinters: '本机没有可用的打印机。',
      copies: '份数',
      refresh: '刷新打印机列表',
      calibrate: '校准打印位置',
      offsetNote: (x, y) => `已校准：水平 ${x} mm，垂直 ${y} mm`,
      notCalibrated: '未校准（按模板位置打印）',
      isDefault: '默认',
      disabled: '已暂停或不可用',
    },
    calibration: {
      title: '打印位置校准',
      intro: '预印纸张在不同打印机上的位置会有偏差。先打印校准页，用直尺测量左上角红色十字中心到纸张左边和上边的距离，填入测量值，工作台会算出偏移量；以后用这台打印机打印这个模板时都会自动应用。',
      template: '模板',
      printer: '打印机',
      needPrinter: '请先选择打印机。',
      printPage: '打印校准页',
      printed: '校准页已发送到打印机。',
      offsetX: '水平偏移（mm，正数向右）',
      offsetY: '垂直偏移（mm，正数向下）',
      measuredHeading: '按测量结果调整',
      measuredX: '十字中心距左边（mm）',
      measuredY: '十字中心距上边（mm）',
      apply: '计算偏移',
      save: '保存校准',
      saved: '已保存，此打印机打印该模板时将应用这些偏移。',
      current: (x, y) => `当前偏移：水平 ${x} mm，垂直 ${y} mm`,
      back: '返回',
    },
  },
  en: {
    queueTitle: (event) => `Print queue · ${event}`,
    queueIntro: 'Print the licences and letters issued at this event in programme order: consultant unit, lead unit, council units, member units, then the experts. Move rows up or down; a reprint keeps its number.',
    eventNotFound: 'This event does not exist.',
    backToEvents: 'Back to events',
    backToEvent: 'Back to the event',
    empty: 'No licences or letters have been issued for this event yet.',
    issueLink: 'Issue documents',
    columns: { order: 'Order', number: 'Number', recipient: 'Recipient', document: 'Document', status: 'Status', actions: 'Actions' },
    status: {
      waiting: 'Waiting',
      printing: 'Printing…',
      printed: (count) => (count > 1 ? `Printed (${count}×)` : 'Printed'),
      failed: 'Failed',
      confirming: 'Waiting for your answer',
      notPrinted: 'Not printed',
      exported: (count) => (count > 1 ? `Exported to PDF (${count}×)` : 'Exported to PDF'),
      earlier: (count) => `Put out ${count}× before`,
      earlierHint: 'Records from before the upgrade did not tell prints from exports; they do not count as printed.',
    },
    printAll: (count) => `Print all (${count})`,
    printNext: 'Print next',
    reprint: 'Reprint',
    printOne: 'Print',
    moveUp: 'Move up',
    moveDown: 'Move down',
    resetOrder: 'Back to programme order',
    orderHint: 'The order is kept on this computer only.',
    allPrinted: 'Everything is printed.',
    printedSummary: (waiting, done, total) => `${waiting} to print, ${done} of ${total} printed`,
    stoppedAt: (number) => `Printing stopped at ${number}; the documents after it were not sent.`,
    cancelled: 'Printing was cancelled; print counts are unchanged.',
    notPrintedAt: (number) => `${number} did not print; printing stopped and it is still waiting to be printed.`,
    confirm: {
      title: (number) => `Did ${number} print?`,
      text: "The browser's print dialog does not tell the desk whether it printed. If the printer put out the page, choose Printed; if you cancelled or nothing came out, choose Not printed and the document stays waiting.",
      printed: 'Printed',
      notPrinted: 'Not printed',
    },
    templateMissing: 'The template of this document no longer exists; it cannot be printed.',
    choice: {
      heading: 'Printer',
      dialog: 'Show the system print dialog each time',
      dialogBrowser: "Use the browser's print dialog",
      silent: 'Send straight to the printer (no dialog)',
      printer: 'Printer',
      noPrinters: 'No printer is available on this computer.',
      copies: 'Copies',
      refresh: 'Refresh printers',
      calibrate: 'Calibrate print position',
      offsetNote: (x, y) => `Calibrated: ${x} mm across, ${y} mm down`,
      notCalibrated: 'Not calibrated (prints where the template says)',
      isDefault: 'default',
      disabled: 'paused or unavailable',
    },
    calibration: {
      title: 'Print position calibration',
      intro: 'Pre-printed paper lands slightly differently on each printer. Print the calibration page, measure the distance from the centre of the top-left red cross to the left and top edges of the sheet, and enter it: the offsets are worked out and applied to every printout of this template on this printer.',
      template: 'Template',
      printer: 'Printer',
      needPrinter: 'Choose a printer first.',
      printPage: 'Print calibration page',
      printed: 'The calibration page was sent to the printer.',
      offsetX: 'Horizontal offset (mm, positive moves right)',
      offsetY: 'Vertical offset (mm, positive moves down)',
      measuredHeading: 'Adjust from a measurement',
      measuredX: 'Cross centre from left edge (mm)',
      measuredY: 'Cross centre from top edge (mm)',
      apply: 'Work out offsets',
      save: 'Save calibration',
      saved: 'Saved: these offsets apply whenever this printer prints this template.',
      current: (x, y) => `Current offsets: ${x} mm across, ${y} mm down`,
      back: 'Back',
    },
  },
};
