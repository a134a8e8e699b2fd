import type { Catalog } from '../../i18n/use-messages';
import type { SearchKind } from './find-anything';

export const searchMessages: Catalog<{
  box: string;
  placeholder: string;
  shortcut: string;
  dialog: string;
  field: string;
  hint: string;
  none: (query: string) => string;
  kinds: Record<SearchKind, string>;
  more: (shown: number, total: number) => string;
  revoked: string;
  close: string;
}> = {
  'zh-CN': {
    box: '查找',
    placeholder: '查找单位、人员、活动、文号…',
    shortcut: 'Ctrl K',
    dialog: '查找',
    field: '查找单位、人员、活动、协议、计划或证书编号',
    hint: '输入名称、拼音或首字母（如 lszg），或证书编号（如 LSZZ-2026-KQ-Z001）。↑↓ 选择，Enter 打开。',
    none: (query) => `没有找到“${query}”。`,
    kinds: { units: '单位', people: '人员', events: '活动', agreements: '合作协议', actionPlans: '行动计划', issuedDocuments: '证书与聘书' },
    more: (shown, total) => `显示 ${shown} / 共 ${total} 条`,
    revoked: '已作废',
    close: '关闭',
  },
  en: {
    box: 'Find',
    placeholder: 'Find units, people, events, numbers…',
    shortcut: 'Ctrl K',
    dialog: 'Find',
    field: 'Find a unit, person, event, agreement, plan or document number',
    hint: 'Type a name, its pinyin or initials (such as lszg), or a document number (such as LSZZ-2026-KQ-Z001). ↑↓ to choose, Enter to open.',
    none: (query) => `Nothing found for “${query}”.`,
    kinds: { units: 'Units', people: 'People', events: 'Events', agreements: 'Agreements', actionPlans: 'Action plans', issuedDocuments: 'Certificates and letters' },
    more: (shown, total) => `${shown} of ${total} shown`,
    revoked: 'Revoked',
    close: 'Close',
  },
};
