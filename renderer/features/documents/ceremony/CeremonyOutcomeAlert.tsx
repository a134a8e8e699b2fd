import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { ceremonyMessages } from './messages';
import type { CeremonyOutcome } from './use-ceremony-output';

/** What the last export or print came to, in the user's language; a refusal names what does not fit. */
export function CeremonyOutcomeAlert({ outcome, errorMessage }: { outcome: CeremonyOutcome | undefined; errorMessage: (error: unknown) => string }): ReactNode {
  const t = useMessages(ceremonyMessages);
  if (!outcome) return null;
  switch (outcome.outcome) {
    case 'saved':
      return <Alert severity="success">{t.saved(outcome.where)}</Alert>;
    case 'downloading':
      return <Alert severity="success">{t.downloading(outcome.fileName)}</Alert>;
    case 'sent':
      return <Alert severity="success">{t.sent(outcome.printer, outcome.pages)}</Alert>;
    case 'browser-dialog':
      return <Alert severity="info">{t.handedToBrowser}</Alert>;
    case 'cancelled':
      return <Alert severity="info">{t.cancelled}</Alert>;
    case 'failed':
      return (
        <Alert severity="error" data-testid="ceremony-error">
          {errorMessage(outcome.error)}
        </Alert>
      );
  }
}
