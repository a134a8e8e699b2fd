import type { Catalog } from '../../i18n/use-messages';
import type { BulkCounts } from '../../db/bulk-actions';

export const bulkMessages: Catalog<{
  selectRow: (name: string) => string;
  selectShown: (count: number) => string;
  selected: (count: number, hidden: number) => string;
  clear: string;
  working: (done: number, total: number) => string;
  saving: string;
  undo: string;
  undone: string;
  undoFailed: string;
  addToAlliance: string;
  changeMembership: string;
  addToEvent: string;
  issueDocuments: string;
  delete: string;
  restore: string;
  cancel: string;
  apply: string;
  alliance: string;
  role: string;
  status: string;
  joinedOn: string;
  event: string;
  participantRole: string;
  unchangedOption: string;
  changeNeedsChoice: string;
  confirmDelete: (count: number, hidden: number) => string;
  targetGone: string;
  invalid: string;
  done: (what: string, counts: BulkCounts) => string;
}> = {
  'zh-CN': {
    selectRow: (name) => `选择 ${name}`,
    selectShown: (count) => `选择筛选出的全部 ${count} 条`,
    selected: (count, hidden) => (hidden > 0 ? `已选 ${count} 条（其中 ${hidden} 条不在当前筛选结果中）` : `已选 ${count} 条`),
    clear: '取消选择',
    working: (done, total) => `正在处理 ${done} / ${total} 条……`,
    saving: '正在保存……',
    undo: '撤销',
    undone: '已撤销',
    undoFailed: '撤销失败，记录保持不变',
    addToAlliance: '加入联盟',
    changeMembership: '更改角色或状态',
    addToEvent: '添加为活动参与者',
    issueDocuments: '颁发文书',
    delete: '删除',
    restore: '恢复',
    cancel: '取消',
    apply: '确定',
    alliance: '联盟',
    role: '联盟角色',
    status: '状态',
    joinedOn: '入盟日期',
    event: '活动',
    participantRole: '参与身份',
    unchangedOption: '不变',
    changeNeedsChoice: '请选择新的角色或状态',
    confirmDelete: (count, hidden) => `删除所选的 ${count} 条记录？${hidden > 0 ? `其中 ${hidden} 条不在当前筛选结果中。` : ''}删除后可在“显示已删除”中恢复。`,
    targetGone: '所选的联盟或活动已不存在（可能已被删除），未做任何更改',
    invalid: '有记录不符合要求，未做任何更改',
    done: (what, { created, changed, unchanged, skipped }) =>
      `${what}：${[created > 0 ? `新增 ${created} 条` : '', changed > 0 ? `更改 ${changed} 条` : '', unchanged > 0 ? `${unchanged} 条原已如此` : '', skipped > 0 ? `${skipped} 条不适用` : ''].filter(Boolean).join('，')}`,
  },
  en: {
    selectRow: (name) => `Select ${name}`,
    selectShown: (count) => `Select all ${count} filtered`,
    selected: (count, hidden) => (hidden > 0 ? `${count} selected (${hidden} not in the current filter)` : `${count} selected`),
    clear: 'Clear selection',
    working: (done, total) => `Working on ${done} of ${total}…`,
    saving: 'Saving…',
    undo: 'Undo',
    undone: 'Undone',
    undoFailed: 'Undo failed; the records are unchanged',
    addToAlliance: 'Add to alliance',
    changeMembership: 'Change role or status',
    addToEvent: 'Add to an event',
    issueDocuments: 'Issue documents',
    delete: 'Delete',
    restore: 'Restore',
    cancel: 'Cancel',
    apply: 'Apply',
    alliance: 'Alliance',
    role: 'Alliance role',
    status: 'Status',
    joinedOn: 'Joined on',
    event: 'Event',
    participantRole: 'Taking part as',
    unchangedOption: 'Unchanged',
    changeNeedsChoice: 'Choose a new role or status',
    confirmDelete: (count, hidden) => `Delete the ${count} selected records?${hidden > 0 ? ` ${hidden} of them are not in the current filter.` : ''} They can be restored under “Show deleted”.`,
    targetGone: 'The chosen alliance or event no longer exists (it may have been deleted); nothing was changed',
    invalid: 'A record does not meet the rules; nothing was changed',
    done: (what, { created, changed, unchanged, skipped }) =>
      `${what}: ${[created > 0 ? `${created} added` : '', changed > 0 ? `${changed} changed` : '', unchanged > 0 ? `${unchanged} already so` : '', skipped > 0 ? `${skipped} not applicable` : ''].filter(Boolean).join(', ')}`,
  },
};
