import type { Catalog } from '../../i18n/use-messages';

export const recordListMessages: Catalog<{
  search: string;
  searchHelp: string;
  all: string;
  showDeleted: string;
  deleted: string;
  export: string;
  count: (shown: number, total: number) => string;
  loading: string;
  exported: (fileName: string) => string;
  downloading: (fileName: string) => string;
}> = {
  'zh-CN': {
    search: '搜索',
    searchHelp: '名称、拼音或拼音首字母',
    all: '全部',
    showDeleted: '显示已删除',
    deleted: '已删除',
    export: '导出 Excel',
    count: (shown, total) => (shown === total ? `共 ${total} 条` : `${shown} / ${total} 条`),
    loading: '正在读取……',
    exported: (path) => `已导出到 ${path}`,
    downloading: (fileName) => `已开始下载 ${fileName}`,
  },
  en: {
    search: 'Search',
    searchHelp: 'Name, pinyin or pinyin initials',
    all: 'All',
    showDeleted: 'Show deleted',
    deleted: 'Deleted',
    export: 'Export to Excel',
    count: (shown, total) => (shown === total ? `${total} records` : `${shown} of ${total} records`),
    loading: 'Loading…',
    exported: (path) => `Exported to ${path}`,
    downloading: (fileName) => `Download of ${fileName} started`,
  },
};
