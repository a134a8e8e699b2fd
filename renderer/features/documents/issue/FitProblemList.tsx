import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import type { FitProblem } from './issue-plan';
import { elementLabel } from './issue-plan';
import { issueMessages } from './messages';

const shownProblems = 8;

/**
 * The texts that do not fit even at their smallest size, by page, recipient and element, once the
 * whole batch has been laid out; while it is being laid out, says so (issuing waits for it).
 */
export function FitProblemList({ template, problems, checking }: { template: DocumentTemplate; problems: readonly FitProblem[]; checking: boolean }): ReactNode {
  const t = useMessages(issueMessages);
  const { locale } = useLocale();
  if (checking) {
    return (
      <Typography color="text.secondary" data-testid="fit-checking">
        {t.fitChecking}
      </Typography>
    );
  }
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" data-testid="fit-problems">
      <Typography variant="body2">{t.fitHeading}</Typography>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {problems.slice(0, shownProblems).map((problem) => (
          <li key={`${String(problem.page)}-${problem.elementId}`}>{t.fitLine(problem.page, problem.name, elementLabel(template, problem.elementId, locale), problem.lines, problem.maxLines)}</li>
        ))}
        {problems.length > shownProblems && <li>{t.moreProblems(problems.length - shownProblems)}</li>}
      </ul>
      <Typography variant="body2">{t.fitHint}</Typography>
    </Alert>
  );
}
