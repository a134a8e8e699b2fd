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
  thisDevice: string;
  office: (code: string) => string;
  putBack: (value: string) => string;
  putBackDone: (field: string) => string;
  putBackFailed: string;
  /** On a history entry whose pulled change replaced a value this desk wrote (replacedMine). */
  replacedBy: (office: string) => string;
  yes: string;
  no: string;
  unsaved: { title: string; body: string; stay: string; leave: string };
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
    thisDevice: '本机',
    office: (code) => `办公室 ${code}`,
    putBack: (value) => `改回“${value}”`,
    putBackDone: (field) => `已把“${field}”改回`,
    putBackFailed: '无法改回：这个值不再符合现在的规则。',
    replacedBy: (office) => `本机的修改已被 ${office} 替换`,
    yes: '是',
    no: '否',
    unsaved: {
      title: '有未保存的修改',
      body: '这里的修改还没有保存。离开后，这些修改会丢失。',
      stay: '继续编辑',
      leave: '放弃修改并离开',
    },
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
    thisDevice: 'this device',
    office: (code) => `office ${code}`,
    putBack: (value) => `Put back “${value}”`,
    putBackDone: (field) => `${field} put back`,
    putBackFailed: 'Cannot put it back: the value no longer meets the current rules.',
    replacedBy: (office) => `This computer’s change was replaced by ${office}`,
    yes: 'Yes',
    no: 'No',
    unsaved: {
      title: 'Unsaved changes',
      body: 'Your changes here are not saved yet. If you leave, they are lost.',
      stay: 'Keep editing',
      leave: 'Discard changes and leave',
    },
  },
};
