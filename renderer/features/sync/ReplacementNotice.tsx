import { Alert, Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { replacementMessages } from './replacement-messages';
import { keepMineAnswer, useOfficeName, useReplacements } from './use-replacements';

/**
 * The changes of this desk that another office's later change replaced: on the record (its
 * history panel gives the field names and words for values) and on the Sync screen, with 保留我的.
 */
export function ReplacementNotice({
  record,
  fieldLabel,
  worded,
  recordName,
  onMessage,
}: {
  record?: { table: string; rowId: string };
  fieldLabel?: (field: string) => string;
  worded: (field: string, value: unknown) => string;
  recordName?: (table: string, rowId: string) => string | undefined;
  onMessage: (message: string) => void;
}): ReactNode {
  const m = useMessages(replacementMessages);
  const replacements = useReplacements(record);
  const officeName = useOfficeName();
  if (!replacements || replacements.length === 0) return null;
  return (
    <Stack spacing={1} data-testid="replacements">
      {replacements.map((entry) => (
        <Alert
          key={`${entry.table}/${entry.rowId}/${entry.field}`}
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => void keepMineAnswer(entry).then((answer) => onMessage(m[answer]))}>
              {m.keepMine}
            </Button>
          }
        >
          <Typography variant="body2">{m.replaced(officeName(entry.deviceId))}</Typography>
          <Typography variant="body2" color="text.secondary">
            {[recordName?.(entry.table, entry.rowId), fieldLabel?.(entry.field)].filter(Boolean).join(' · ')}
            {'：'}
            {m.values(worded(entry.field, entry.mine), worded(entry.field, entry.theirs))}
          </Typography>
        </Alert>
      ))}
    </Stack>
  );
}
