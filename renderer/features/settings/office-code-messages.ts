import type { Catalog } from '../../i18n/use-messages';

export const officeCodeMessages: Catalog<{
  heading: string;
  label: string;
  help: (example: string) => string;
  derived: string;
  invalid: string;
  usedElsewhere: (code: string, number: string) => string;
  save: string;
  saved: string;
  failed: string;
}> = {
  'zh-CN': {
    heading: '证书编号',
    label: '本办公室代码',
    help: (example) => `1–4 个英文字母，写入本机颁发的每个证书编号（如 ${example}），使各办公室离线颁发时编号不会重复。每台电脑应使用不同的代码。`,
    derived: '未单独设置，按本机设备号自动生成。',
    invalid: '只能是 1–4 个英文字母',
    usedElsewhere: (code, number) => `代码 ${code} 已被另一台电脑使用（如编号 ${number}）：两台电脑用同一代码会签出重复的编号，请另选一个。`,
    save: '保存',
    saved: '办公室代码已保存',
    failed: '保存失败，请重试。',
  },
  en: {
    heading: 'Document numbers',
    label: 'Office code',
    help: (example) => `1–4 letters, put into every document number this computer issues (e.g. ${example}), so offices issuing offline never make the same number. Each computer needs its own code.`,
    derived: 'Not set: derived from this device’s id.',
    invalid: 'One to four letters only',
    usedElsewhere: (code, number) => `Another computer already uses the code ${code} (e.g. ${number}): two computers with one code would issue the same numbers. Choose another.`,
    save: 'Save',
    saved: 'Office code saved',
    failed: 'Could not save; please try again.',
  },
};
