import type { Catalog } from '../../../i18n/use-messages';

export const newsMessages: Catalog<{
  button: string;
  heading: string;
  help: string;
  copy: string;
  copied: string;
  copyFailed: string;
  exportDocx: string;
  exporting: string;
  exported: (path: string) => string;
  downloading: (name: string) => string;
  close: string;
  failed: string;
}> = {
  'zh-CN': {
    button: '新闻稿',
    heading: '新闻稿草稿',
    help: '按登记的嘉宾、议程、授牌、签约和当天活动生成，照片按顺序标注。可复制到微信公众号文章，或导出 Word 后修改。',
    copy: '复制全文（微信）',
    copied: '已复制，可粘贴到微信公众号文章中。',
    copyFailed: '无法写入剪贴板：请选中文本后按 Ctrl+C 复制。',
    exportDocx: '导出 Word',
    exporting: '正在导出…',
    exported: (path) => `已导出：${path}`,
    downloading: (name) => `正在下载：${name}`,
    close: '关闭',
    failed: '无法生成新闻稿，未作任何更改。',
  },
  en: {
    button: 'News draft',
    heading: 'News draft',
    help: 'Drafted from the guests, agenda, licences, agreements and the day’s other events as registered; photos are marked in order. Copy it into a WeChat article, or export it to Word and edit it there.',
    copy: 'Copy all (WeChat)',
    copied: 'Copied: paste it into the WeChat article.',
    copyFailed: 'The clipboard could not be written: select the text and press Ctrl+C.',
    exportDocx: 'Export Word',
    exporting: 'Exporting…',
    exported: (path) => `Exported: ${path}`,
    downloading: (name) => `Downloading: ${name}`,
    close: 'Close',
    failed: 'The news draft could not be made; nothing was changed.',
  },
};
