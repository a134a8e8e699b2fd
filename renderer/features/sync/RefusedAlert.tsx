import { Alert, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { formatTime } from './format-time';
import { syncMessages } from './messages';
import { refusedLines } from './refused-lines';
import { useRefusedOperations } from './use-sync-status';

/** What the desk refused to take from the server (renderer/sync/apply.ts), and why. */
export function RefusedAlert(): ReactNode {
  const { locale } = useLocale();
  const m = useMessages(syncMessages);
  const refused = useRefusedOperations();
  if (!refused || refused.count === 0) return null;
  return (
    <Alert severity="warning" data-testid="refused-operations">
      {m.status.refused(refused.count, formatTime(refused.lastAt, locale))}
      {refusedLines(refused.recent).map((line) => (
        <Typography key={`${line.table}.${line.field}/${line.kind}`} variant="body2">
          {m.status.refusedLine(`${line.table}.${line.field}`, m.status.refusedReasons[line.kind], line.count)}
        </Typography>
      ))}
    </Alert>
  );
}
