import { Alert, Button, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { db } from '../../db/database';
import { useMessages } from '../../i18n/use-messages';
import { canEditMessages } from '../../components/record/can-edit-messages';
import { appSync } from '../../sync/app-sync';
import { dropRefusedChanges, readRefusedChanges } from '../../sync/refused-outbox';
import { refusedChangesMessages } from './refused-changes-messages';

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * A stuck outbox: the queued changes this device's role does not allow, which the server refuses
 * with every push, and 撤回这些修改 to drop them (renderer/sync/refused-outbox.ts) and sync on.
 */
export function RefusedChangesCard({ onMessage }: { onMessage: (message: string) => void }): ReactNode {
  const m = useMessages(refusedChangesMessages);
  const reasons = useMessages(canEditMessages);
  const refused = useLiveQuery(() => readRefusedChanges(db), []);
  const [working, setWorking] = useState(false);
  if (!refused || refused.length === 0) return null;

  const withdraw = (): void => {
    setWorking(true);
    dropRefusedChanges(db)
      .then(async (count) => {
        onMessage(m.withdrawn(count));
        await appSync.syncNow();
      })
      .catch(() => onMessage(m.withdrawFailed))
      .finally(() => setWorking(false));
  };

  return (
    <Alert
      severity="error"
      data-testid="refused-changes"
      action={
        <Button color="inherit" onClick={withdraw} disabled={working}>
          {m.withdraw}
        </Button>
      }
    >
      <Stack spacing={0.5}>
        <Typography variant="subtitle2" component="h2">
          {m.heading}
        </Typography>
        <Typography variant="body2">{m.intro}</Typography>
        <Typography variant="body2">{reasons[refused[0]?.reason ?? 'read-only']}</Typography>
        {refused.map((change) => (
          <Typography key={`${change.table}/${change.rowId}/${change.field}/${change.hlc}`} variant="body2" component="div">
            {m.line(change.name ?? m.unnamed, `${change.table}.${change.field}`, shown(change.value))}
          </Typography>
        ))}
      </Stack>
    </Alert>
  );
}
