import type { Catalog } from '../../i18n/use-messages';

export const documentsMessages: Catalog<{
  title: string;
  summary: string;
  issue: string;
  registry: string;
  templatesHeading: string;
  newTemplate: string;
  columns: { name: string; kind: string; paper: string; alliance: string; source: string };
  builtIn: string;
  own: string;
  allAlliances: string;
  open: string;
  copy: string;
  issueWith: string;
  copyFailed: string;
  copySuffix: string;
}> = {
  'zh-CN': {
    title: '证书与聘书',
    summary: '用模板批量签发成员单位证书、聘书和协议证书：编号自动生成且不重复，预览与打印出的完全一致。',
    issue: '批量签发',
    registry: '签发登记',
    templatesHeading: '模板',
    newTemplate: '新建模板',
    columns: { name: '模板名称', kind: '文书类型', paper: '纸张', alliance: '适用联盟', source: '来源' },
    builtIn: '内置',
    own: '自建',
    allAlliances: '所有联盟',
    open: '打开',
    copy: '复制修改',
    issueWith: '用此模板签发',
    copyFailed: '复制失败，未做任何更改。',
    copySuffix: '（副本）',
  },
  en: {
    title: 'Documents',
    summary: 'Issue member-unit licences, letters of appointment and agreement certificates from templates: numbers are made automatically and never repeat, and the preview is exactly what prints.',
    issue: 'Issue documents',
    registry: 'Issued documents',
    templatesHeading: 'Templates',
    newTemplate: 'New template',
    columns: { name: 'Template', kind: 'Kind', paper: 'Paper', alliance: 'Alliance', source: 'Source' },
    builtIn: 'Built-in',
    own: 'Own',
    allAlliances: 'All alliances',
    open: 'Open',
    copy: 'Copy to customise',
    issueWith: 'Issue with it',
    copyFailed: 'Could not copy; nothing was changed.',
    copySuffix: ' (copy)',
  },
};
