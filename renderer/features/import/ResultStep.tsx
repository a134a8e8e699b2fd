import { Alert, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMessages } from '../../i18n/use-messages';
import type { ImportKind } from './import-fields';
import type { ImportTarget } from './import-target';
import { importMessages } from './messages';
import type { ImportSummary } from './PreviewStep';

export function ResultStep({ kind, summary, target, onAnother }: { kind: ImportKind; summary: ImportSummary; target: ImportTarget; onAnother: () => void }): ReactNode {
  const t = useMessages(importMessages);
  const navigate = useNavigate();
  const lines = [
    t.result.created[kind](summary.created),
    summary.updated > 0 && t.result.updated(summary.updated),
    summary.linked > 0 && kind !== 'participants' && t.result.linked[kind](summary.linked),
    summary.unchanged > 0 && t.result.unchanged(summary.unchanged),
    summary.skipped > 0 && t.result.skipped(summary.skipped),
    summary.bad > 0 && t.result.bad(summary.bad),
  ].filter((line): line is string => typeof line === 'string');

  return (
    <Stack spacing={2}>
      <Alert severity="success">
        <Typography variant="h6" component="h2">
          {t.result.heading}
        </Typography>
      </Alert>
      <List dense aria-label={t.result.heading}>
        {lines.map((line) => (
          <ListItem key={line}>
            <ListItemText primary={line} />
          </ListItem>
        ))}
      </List>
      <Stack direction="row" spacing={2}>
        <Button variant="contained" onClick={() => void navigate(kind === 'participants' ? `/events/${target.eventId ?? ''}` : `/${kind}`)}>
          {t.result.list[kind]}
        </Button>
        <Button onClick={onAnother}>{t.result.another}</Button>
      </Stack>
    </Stack>
  );
}
