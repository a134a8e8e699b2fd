import type { Catalog } from '../../i18n/use-messages';

interface RefusedChangesMessages {
  heading: string;
  intro: string;
  /** One refused change: record, field and the value it would write. */
  line: (record: string, field: string, value: string) => string;
  unnamed: string;
  withdraw: string;
  withdrawn: (count: number) => string;
  withdrawFailed: string;
}

export const refusedChangesMessages: Catalog<RefusedChangesMessages> = {
  'zh-CN': {
    heading: '服务器拒收的修改',
    intro: '以下修改是本机在得知自己的角色之前（或管理员更改角色之前）做的，本机的角色不允许，服务器拒收了包含它们的每一次同步，之后的修改也因此送不出去。撤回后，这些记录恢复为服务器上的内容，同步继续。',
    line: (record, field, value) => `${record} · ${field}：${value}`,
    unnamed: '（无名称的记录）',
    withdraw: '撤回这些修改',
    withdrawn: (count) => `已撤回 ${count} 项修改，正在同步服务器上的内容。`,
    withdrawFailed: '未能撤回这些修改，本机的数据没有改动。',
  },
  en: {
    heading: 'Changes the server refused',
    intro: 'This computer made these changes before it knew its role (or before the admin changed it). Its role does not allow them, so the server refuses every sync that carries them, and later changes cannot get through. Withdraw them: the records go back to what the server holds and sync carries on.',
    line: (record, field, value) => `${record} · ${field}: ${value}`,
    unnamed: '(record without a name)',
    withdraw: 'Withdraw these changes',
    withdrawn: (count) => `${count} changes withdrawn; syncing what the server holds.`,
    withdrawFailed: 'Could not withdraw these changes; nothing on this computer changed.',
  },
};
