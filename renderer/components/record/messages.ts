import type { Catalog } from '../../i18n/use-messages';

export const recordMessages: Catalog<{
  historyHeading: string;
  created: string;
  noHistory: string;
  deletedBanner: string;
  delete: string;
  restore: string;
  confirmDelete: (name: string) => string;
  cancel: string;
  notFound: string;
  empty: string;
  device: (id: string) => string;
  yes: string;
  no: string;
}> = {
  'zh-CN': {
    historyHeading: '修改记录',
    created: '创建',
    noHistory: '暂无修改记录',
    deletedBanner: '此记录已删除。恢复后即可继续使用。',
    delete: '删除',
    restore: '恢复',
    confirmDelete: (name) => `删除“${name}”？删除后可在列表中打开“显示已删除”找到并恢复。`,
    cancel: '取消',
    notFound: '找不到这条记录。',
    empty: '（空）',
    device: (id) => `设备 ${id.slice(-8)}`,
    yes: '是',
    no: '否',
  },
  en: {
    historyHeading: 'History',
    created: 'Created',
    noHistory: 'No changes yet',
    deletedBanner: 'This record is deleted. Restore it to use it again.',
    delete: 'Delete',
    restore: 'Restore',
    confirmDelete: (name) => `Delete “${name}”? You can find and restore it with “Show deleted” in the list.`,
    cancel: 'Cancel',
    notFound: 'This record does not exist.',
    empty: '(empty)',
    device: (id) => `device ${id.slice(-8)}`,
    yes: 'Yes',
    no: 'No',
  },
};
