import { useCallback } from 'react';
import { problems as fieldProblems } from '../../../shared/domain/fields';
import type { Problem } from '../../../shared/domain/fields';
import { appointmentRoles, membershipRoles, membershipStatuses, participantRoles, unitKinds } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';
import { useLocale } from '../../i18n/locale-context';
import { wordProblem } from '../../i18n/problems';
import { useMessages } from '../../i18n/use-messages';
import type { ImportField, ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { RowProblem } from './row-problems';

const isFieldProblem = (problem: RowProblem['problem']): problem is Problem => (fieldProblems as readonly string[]).includes(problem);

type Listed = { values: readonly string[]; label: (value: never, locale: Locale) => string };
/** The closed list a problem of an unknown value names, so the user sees what may be written. */
const choicesOf: Partial<Record<RowProblem['problem'], Listed>> = {
  'unknown-kind': unitKinds,
  'unknown-role': membershipRoles,
  'unknown-status': membershipStatuses,
  'unknown-committee-role': appointmentRoles,
  'unknown-participant-role': participantRoles,
};

/** A row's problem in the user's words: the column, the cell, what is wrong and how to put it right. */
export function useDescribeProblem(kind: ImportKind): (problem: RowProblem) => string {
  const { locale } = useLocale();
  const t = useMessages(importMessages);
  return useCallback(
    (problem) => {
      const labels = t.fields[kind] as Record<ImportField, string>;
      let words: string;
      if (isFieldProblem(problem.problem)) words = wordProblem(locale, { problem: problem.problem, limit: problem.limit });
      else words = t.problems[problem.problem](problem.value ?? '', problem.otherRow ?? 0);
      const listed = choicesOf[problem.problem];
      if (listed) words += t.problems.choices(listed.values.map((value) => listed.label(value as never, locale)).join(locale === 'zh-CN' ? '、' : ', '));
      if (!problem.field) return words;
      const where = problem.cell ? (locale === 'zh-CN' ? `${labels[problem.field]}（${problem.cell}）` : `${labels[problem.field]} (${problem.cell})`) : labels[problem.field];
      // "C3 是公式" reads as a sentence about the cell; other problems read as remarks on the field.
      const joiner = problem.problem === 'formula' || problem.problem === 'merged' ? (locale === 'zh-CN' ? '' : ' ') : locale === 'zh-CN' ? '：' : ': ';
      return `${where}${joiner}${words}`;
    },
    [kind, locale, t],
  );
}
