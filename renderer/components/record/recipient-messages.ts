import type { Catalog } from '../../i18n/use-messages';

/** Deleting a unit or person that holds issued documents (shared by the units and people features). */
export const recipientMessages: Catalog<{
  heading: (name: string) => string;
  holds: (kind: 'unit' | 'person', count: number) => string;
  numbers: string;
  leavesQueue: string;
  revokeToo: (count: number) => string;
  reason: string;
  defaultReason: (kind: 'unit' | 'person') => string;
  reasonRequired: string;
  deleteAndRevoke: (count: number) => string;
  deleteOnly: string;
}> = {
  'zh-CN': {
    heading: (name) => `删除“${name}”`,
    holds: (kind, count) => `${kind === 'unit' ? '该单位' : '此人'}持有 ${count} 份有效的已签发文书。`,
    numbers: '编号',
    leavesQueue: '删除后这些文书会离开打印队列；不作废的话，它们在签发登记中仍然有效。',
    revokeToo: (count) => `同时作废这 ${count} 份文书`,
    reason: '作废原因',
    defaultReason: (kind) => (kind === 'unit' ? '单位已从名录中删除' : '人员已从名录中删除'),
    reasonRequired: '请填写作废原因',
    deleteAndRevoke: (count) => `删除并作废 ${count} 份`,
    deleteOnly: '删除',
  },
  en: {
    heading: (name) => `Delete “${name}”`,
    holds: (kind, count) => `${kind === 'unit' ? 'This unit' : 'This person'} holds ${count} valid issued ${count === 1 ? 'document' : 'documents'}.`,
    numbers: 'Numbers',
    leavesQueue: 'Once deleted, these documents leave the print queue; unless revoked, they stay valid in the registry.',
    revokeToo: (count) => `Revoke ${count === 1 ? 'this document' : `these ${count} documents`} too`,
    reason: 'Reason for revoking',
    defaultReason: (kind) => (kind === 'unit' ? 'The unit was deleted from the registry' : 'The person was deleted from the registry'),
    reasonRequired: 'Give a reason',
    deleteAndRevoke: (count) => `Delete and revoke ${count}`,
    deleteOnly: 'Delete',
  },
};
