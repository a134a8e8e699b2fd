import type { Problem, ProblemLimit } from '../../shared/domain/fields';
import type { Locale } from '../../shared/i18n/locale';
import type { Catalog } from './use-messages';

/** How a validation problem of shared/domain/fields.ts reads in a form or an import preview. */
export const problemMessages: Catalog<Record<Problem, string>> = {
  'zh-CN': {
    required: '必填',
    'too-long': '内容过长',
    'invalid-choice': '不是可选的值',
    'invalid-date': '日期格式应为 2026-06-13',
    'invalid-time': '时间格式应为 09:30',
    'date-order': '结束日期不能早于开始日期',
    'credit-code-length': '统一社会信用代码应为 18 位',
    'credit-code-character': '统一社会信用代码含有不允许的字符（不使用 I、O、S、V、Z）',
    'credit-code-check': '统一社会信用代码校验位不正确，请核对',
    phone: '电话号码格式不正确',
    email: '电子邮箱格式不正确',
    'number-prefix': '文号前缀应为 2—10 位大写字母或数字，以字母开头',
    'number-pattern': '编号规则须包含 {office}（本办公室代码）和 {seq}（流水号），两个办公室离线时才不会编出相同的号',
    'two-parties': '协议至少需要两个签约单位',
    'participant-target': '请选择一个人员或一个单位（二选一）',
    invalid: '内容无效',
  },
  en: {
    required: 'Required',
    'too-long': 'Too long',
    'invalid-choice': 'Not one of the choices',
    'invalid-date': 'Dates look like 2026-06-13',
    'invalid-time': 'Times look like 09:30',
    'date-order': 'The end cannot be before the start',
    'credit-code-length': 'A unified social credit code has 18 characters',
    'credit-code-character': 'The credit code has a character that is not allowed (I, O, S, V and Z are not used)',
    'credit-code-check': 'The check character of the credit code is wrong; please check the code',
    phone: 'Not a phone number',
    email: 'Not an e-mail address',
    'number-prefix': 'The prefix has 2–10 capital letters or digits and starts with a letter',
    'number-pattern': 'The pattern must contain {office} (this office\'s code) and {seq} (the running number), so two offices working offline never make the same number',
    'two-parties': 'An agreement needs at least two parties',
    'participant-target': 'Choose either a person or a unit',
    invalid: 'Not valid',
  },
};

/** 内容过长 with the limit it broke, so the user knows how much to cut. */
const tooLongWithin: Catalog<(limit: ProblemLimit) => string> = {
  'zh-CN': ({ max, of }) => `内容过长（最多 ${max} ${of === 'items' ? '项' : '字'}）`,
  en: ({ max, of }) => `Too long (at most ${max} ${of === 'items' ? (max === 1 ? 'item' : 'items') : max === 1 ? 'character' : 'characters'})`,
};

/** A field's problem in the user's words, with its limit where it has one. */
export function wordProblem(locale: Locale, issue: { problem: Problem; limit?: ProblemLimit }): string {
  if (issue.problem === 'too-long' && issue.limit) return tooLongWithin[locale](issue.limit);
  return problemMessages[locale][issue.problem];
}
