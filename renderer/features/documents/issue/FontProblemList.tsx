import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { codePointLabel } from '../../../../shared/documents/font-coverage';
import { useMessages } from '../../../i18n/use-messages';
import type { FontProblem } from './font-problems';
import { issueMessages } from './messages';

const shownProblems = 8;

/** The characters the bundled fonts cannot print, by page and recipient, each with its code point. */
export function FontProblemList({ problems }: { problems: readonly FontProblem[] }): ReactNode {
  const t = useMessages(issueMessages);
  if (problems.length === 0) return null;
  return (
    <Alert severity="error" data-testid="font-problems">
      <Typography variant="body2">{t.fontsHeading}</Typography>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {problems.slice(0, shownProblems).map((problem) => (
          <li key={problem.page}>{t.fontsLine(problem.page, problem.name, problem.characters.map((character) => t.fontCharacter(character, codePointLabel(character))).join(t.listSeparator))}</li>
        ))}
        {problems.length > shownProblems && <li>{t.moreProblems(problems.length - shownProblems)}</li>}
      </ul>
      <Typography variant="body2">{t.fontsHint}</Typography>
    </Alert>
  );
}
