import { useCallback } from 'react';
import { problems as fieldProblems } from '../../../shared/domain/fields';
import type { Problem } from '../../../shared/domain/fields';
import { unitKinds } from '../../../shared/domain/vocabulary';
import { useLocale } from '../../i18n/locale-context';
import { problemMessages } from '../../i18n/problems';
import { useMessages } from '../../i18n/use-messages';
import type { ImportField, ImportKind } from './import-fields';
import { importMessages } from './messages';
import type { RowProblem } from './row-problems';

const isFieldProblem = (problem: RowProblem['problem']): problem is Problem => (fieldProblems as readonly string[]).includes(problem);

/** A row's problem in the user's words: the column, the cell, what is wrong and how to put it right. */
export function useDescribeProblem(kind: ImportKind): (problem: RowProblem) => string {
  const { locale } = useLocale();
  const t = useMessages(importMessages);
  const fieldWords = useMessages(problemMessages);
  return useCallback(
    (problem) => {
      const labels = t.fields[kind] as Record<ImportField, string>;
      let words: string;
      if (isFieldProblem(problem.problem)) words = fieldWords[problem.problem];
      else words = t.problems[problem.problem](problem.value ?? '', problem.otherRow ?? 0);
      if (problem.problem === 'unknown-kind') words += t.problems.kinds(unitKinds.values.map((value) => unitKinds.label(value, locale)).join(locale === 'zh-CN' ? '、' : ', '));
      if (!problem.field) return words;
      const where = problem.cell ? (locale === 'zh-CN' ? `${labels[problem.field]}（${problem.cell}）` : `${labels[problem.field]} (${problem.cell})`) : labels[problem.field];
      // "C3 是公式" reads as a sentence about the cell; other problems read as remarks on the field.
      const joiner = problem.problem === 'formula' || problem.problem === 'merged' ? (locale === 'zh-CN' ? '' : ' ') : locale === 'zh-CN' ? '：' : ': ';
      return `${where}${joiner}${words}`;
    },
    [kind, locale, t, fieldWords],
  );
}
