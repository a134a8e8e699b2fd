import type { Catalog } from '../../../i18n/use-messages';
import type { CeremonyKind } from './ceremony-documents';

export const ceremonyMessages: Catalog<{
  title: (event: string) => string;
  intro: string;
  backToEvent: string;
  eventNotFound: string;
  backToEvents: string;
  kinds: Record<CeremonyKind, string>;
  describe: Record<CeremonyKind, (count: number, pages: number) => string>;
  empty: Record<CeremonyKind, string>;
  certificates: string;
  certificatesHint: string;
  template: string;
  exportPdf: string;
  print: string;
  exporting: string;
  printing: string;
  saved: (where: string) => string;
  downloading: (name: string) => string;
  sent: (printer: string, pages: number) => string;
  handedToBrowser: string;
  cancelled: string;
  missingHeading: string;
  missingLine: (name: string, keys: string) => string;
  previous: string;
  next: string;
  pageOf: (page: number, pages: number) => string;
  previewTitle: (kind: string, page: number) => string;
  checking: string;
  plainPaper: string;
  overflowHeading: string;
  overflowLine: (page: number, what: string, lines: number, maxLines: number) => string;
  moreOverflows: (count: number) => string;
  parts: Record<string, string>;
  numbered: (part: string, number: number) => string;
  unfontable: (characters: string) => string;
}> = {
  'zh-CN': {
    title: (event) => `会务材料：${event}`,
    intro: '签到表、会议议程、桌签和胸牌按活动的出席名单和议程生成，与证书一样在预览中检查排版，导出 PDF 或打印。',
    backToEvent: '返回活动',
    eventNotFound: '找不到这项活动。',
    backToEvents: '返回活动列表',
    kinds: { 'sign-in-sheet': '签到表', programme: '会议议程', 'table-card': '桌签', 'name-badge': '胸牌' },
    describe: {
      'sign-in-sheet': (count, pages) => `${count} 人，共 ${pages} 页，每页 17 行，末页留空行供临时到会者签到`,
      programme: (count, pages) => `${count} 项议程，按时间排列，共 ${pages} 页`,
      'table-card': (count) => `${count} 人，每人一张 A4 横向对折，两面均可读`,
      'name-badge': (count, pages) => `${count} 人，90 × 60 毫米，每张 A4 排 8 个，共 ${pages} 页，带裁切线`,
    },
    empty: {
      'sign-in-sheet': '',
      programme: '这项活动尚未填写议程，请先在活动页面添加议程。',
      'table-card': '出席名单中还没有人员，请先在活动页面添加出席人员。',
      'name-badge': '出席名单中还没有人员，请先在活动页面添加出席人员。',
    },
    certificates: '颁发参会证明',
    certificatesHint: '参会证明逐人编号并登记，在证书颁发流程中办理。',
    template: '桌签模板',
    exportPdf: '导出 PDF',
    print: '打印',
    exporting: '正在导出…',
    printing: '正在打印…',
    saved: (where) => `已保存：${where}`,
    downloading: (name) => `已开始下载 ${name}`,
    sent: (printer, pages) => `已发送到打印机 ${printer}，共 ${pages} 页。`,
    handedToBrowser: '已打开浏览器的打印对话框。',
    cancelled: '已取消。',
    missingHeading: '以下桌签缺少模板需要的内容，补全前不能导出或打印：',
    missingLine: (name, keys) => `${name}：缺少 ${keys}`,
    previous: '上一页',
    next: '下一页',
    pageOf: (page, pages) => `第 ${page} 页 / 共 ${pages} 页`,
    previewTitle: (kind, page) => `${kind}预览，第 ${page} 页`,
    checking: '正在检查排版…',
    plainPaper: '签到表、议程和胸牌用白纸打印，不做校准偏移。',
    overflowHeading: '以下文字缩到最小字号仍排不下，导出和打印前请缩短：',
    overflowLine: (page, what, lines, maxLines) => `第 ${page} 页 ${what}：需要 ${lines} 行，只能排 ${maxLines} 行`,
    moreOverflows: (count) => `另有 ${count} 处`,
    parts: { alliance: '联盟名称', event: '活动名称', meta: '时间地点', name: '姓名', unit: '单位', position: '职务', role: '身份', time: '时间', item: '议程', speaker: '主持 / 发言' },
    numbered: (part, number) => `第 ${number} 项${part}`,
    unfontable: (characters) => `内置字体中没有这些字，打印会用本机字体，已停止导出和打印：${characters}`,
  },
  en: {
    title: (event) => `Event papers: ${event}`,
    intro: 'The sign-in sheet, programme, table cards and badges are made from the event’s participants and agenda; check the layout in the preview as for certificates, then export to PDF or print.',
    backToEvent: 'Back to the event',
    eventNotFound: 'This event does not exist.',
    backToEvents: 'Back to the events',
    kinds: { 'sign-in-sheet': 'Sign-in sheet', programme: 'Programme', 'table-card': 'Table cards', 'name-badge': 'Name badges' },
    describe: {
      'sign-in-sheet': (count, pages) => `${count} ${count === 1 ? 'person' : 'people'}, ${pages} ${pages === 1 ? 'page' : 'pages'} of 17 rows; blank rows on the last page for those who come unannounced`,
      programme: (count, pages) => `${count} agenda ${count === 1 ? 'item' : 'items'} in time order, ${pages} ${pages === 1 ? 'page' : 'pages'}`,
      'table-card': (count) => `${count} ${count === 1 ? 'person' : 'people'}, one A4 landscape sheet each, folded, readable from both sides`,
      'name-badge': (count, pages) => `${count} ${count === 1 ? 'person' : 'people'}, 90 × 60 mm, 8 to an A4 sheet, ${pages} ${pages === 1 ? 'page' : 'pages'} with cut marks`,
    },
    empty: {
      'sign-in-sheet': '',
      programme: 'This event has no agenda yet: add it on the event’s page first.',
      'table-card': 'No people are listed as participants yet: add them on the event’s page first.',
      'name-badge': 'No people are listed as participants yet: add them on the event’s page first.',
    },
    certificates: 'Issue participation certificates',
    certificatesHint: 'Participation certificates are numbered and registered one by one, through issuing.',
    template: 'Table-card template',
    exportPdf: 'Export PDF',
    print: 'Print',
    exporting: 'Exporting…',
    printing: 'Printing…',
    saved: (where) => `Saved: ${where}`,
    downloading: (name) => `Downloading ${name}`,
    sent: (printer, pages) => `Sent to ${printer}, ${pages} ${pages === 1 ? 'page' : 'pages'}.`,
    handedToBrowser: 'The browser’s print dialog was opened.',
    cancelled: 'Cancelled.',
    missingHeading: 'These table cards lack what their template prints; nothing is exported or printed until they are complete:',
    missingLine: (name, keys) => `${name}: no ${keys}`,
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    previewTitle: (kind, page) => `${kind} preview, page ${page}`,
    checking: 'Checking the layout…',
    plainPaper: 'Sign-in sheets, programmes and badges print on plain paper, with no calibration offset.',
    overflowHeading: 'These texts do not fit even at their smallest size; shorten them before exporting or printing:',
    overflowLine: (page, what, lines, maxLines) => `page ${page}, ${what}: needs ${lines} lines, has room for ${maxLines}`,
    moreOverflows: (count) => `and ${count} more`,
    parts: { alliance: 'alliance name', event: 'event title', meta: 'date and venue', name: 'name', unit: 'unit', position: 'position', role: 'role', time: 'time', item: 'agenda item', speaker: 'chair / speaker' },
    numbered: (part, number) => `${part} ${number}`,
    unfontable: (characters) => `No bundled font holds these characters, so they would print in a font of this computer; nothing is exported or printed: ${characters}`,
  },
};
