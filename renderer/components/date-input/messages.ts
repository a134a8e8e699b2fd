import type { Catalog } from '../../i18n/use-messages';

export const dateInputMessages: Catalog<{ placeholder: string; calendar: string }> = {
  'zh-CN': { placeholder: '年-月-日', calendar: '选择日期' },
  en: { placeholder: 'yyyy-mm-dd', calendar: 'Choose a date' },
};
