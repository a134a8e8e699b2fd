import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import type { TextOverflow } from '../../../../shared/documents/fit-text';
import { codePointLabel } from '../../../../shared/documents/font-coverage';
import { useMessages } from '../../../i18n/use-messages';
import type { CeremonyDocument } from './ceremony-documents';
import { elementPart } from './ceremony-documents';
import { ceremonyMessages } from './messages';

const shown = 8;

/**
 * What keeps a paper from being exported or printed, as the issue preview names it for
 * certificates: a card lacking a value, a text that does not fit at its smallest size (by page
 * and element), a character no bundled font holds.
 */
export function CeremonyProblems({ document, overflows, unfontable }: { document: CeremonyDocument; overflows: readonly TextOverflow[]; unfontable: readonly string[] }): ReactNode {
  const t = useMessages(ceremonyMessages);
  const what = (elementId: string): string => {
    const { part, number } = elementPart(elementId);
    const label = t.parts[part] ?? elementId;
    return number === undefined ? label : t.numbered(label, number);
  };
  return (
    <>
      {document.missing.length > 0 && (
        <Alert severity="error">
          {t.missingHeading}
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {document.missing.slice(0, shown).map((problem) => (
              <li key={problem.name}>{t.missingLine(problem.name, problem.keys.join('、'))}</li>
            ))}
          </ul>
        </Alert>
      )}
      {overflows.length > 0 && (
        <Alert severity="error" data-testid="ceremony-overflows">
          {t.overflowHeading}
          <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
            {overflows.slice(0, shown).map((overflow) => (
              <li key={`${String(overflow.page)}/${overflow.elementId}`}>{t.overflowLine(overflow.page + 1, what(overflow.elementId), overflow.lines, overflow.maxLines)}</li>
            ))}
            {overflows.length > shown && <li>{t.moreOverflows(overflows.length - shown)}</li>}
          </ul>
        </Alert>
      )}
      {unfontable.length > 0 && <Alert severity="error">{t.unfontable(unfontable.map((character) => `${character}（${codePointLabel(character)}）`).join('、'))}</Alert>}
    </>
  );
}
