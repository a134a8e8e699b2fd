import type { Catalog } from '../../i18n/use-messages';

export const reportMessages: Catalog<{
  title: (alliance: string, year: number) => string;
  annualReport: string;
  year: string;
  back: string;
  figures: string;
  ownFigures: string;
  ownFiguresHelp: string;
  value: string;
  source: string;
  save: string;
  saved: string;
  saveFailed: string;
  invalidValue: string;
  charts: string;
  exportPdf: string;
  exportDocx: string;
  exporting: string;
  exported: (path: string) => string;
  downloading: (name: string) => string;
  notFound: string;
}> = {
  'zh-CN': {
    title: (alliance, year) => `${alliance}${String(year)}年度工作报告`,
    annualReport: '年度报告',
    year: '年度',
    back: '返回联盟',
    figures: '年度数据',
    ownFigures: '联盟自报数据',
    ownFiguresHelp: '登记系统无法统计的数据，按年度填写并注明来源，随记录同步。',
    value: '数值',
    source: '来源',
    save: '保存',
    saved: '已保存',
    saveFailed: '保存失败，未作任何更改。',
    invalidValue: '请填写 0 或正整数',
    charts: '图表',
    exportPdf: '导出 PDF',
    exportDocx: '导出 Word',
    exporting: '正在导出…',
    exported: (path) => `已导出：${path}`,
    downloading: (name) => `正在下载：${name}`,
    notFound: '未找到该联盟。',
  },
  en: {
    title: (alliance, year) => `${alliance}: annual report ${String(year)}`,
    annualReport: 'Annual report',
    year: 'Year',
    back: 'Back to the alliance',
    figures: 'Figures of the year',
    ownFigures: 'Figures of the alliance’s own',
    ownFiguresHelp: 'Figures the registry cannot count, recorded per year with their source; they sync like every record.',
    value: 'Value',
    source: 'Source',
    save: 'Save',
    saved: 'Saved',
    saveFailed: 'Saving failed; nothing was changed.',
    invalidValue: 'Enter 0 or a whole positive number',
    charts: 'Charts',
    exportPdf: 'Export PDF',
    exportDocx: 'Export Word',
    exporting: 'Exporting…',
    exported: (path) => `Exported: ${path}`,
    downloading: (name) => `Downloading: ${name}`,
    notFound: 'No such alliance.',
  },
};
