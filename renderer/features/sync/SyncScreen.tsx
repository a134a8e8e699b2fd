import { Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { BackupCard } from './BackupCard';
import { RefusedChangesCard } from './RefusedChangesCard';
import { ReplacementsCard } from './ReplacementsCard';
import { ServerCard } from './ServerCard';
import { StatusCard } from './StatusCard';
import { syncMessages } from './messages';
import { useSyncStatus } from './use-sync-status';

/** The server this desk syncs with, how sync is going, and backups. */
export function SyncScreen(): ReactNode {
  const t = useT();
  const m = useMessages(syncMessages);
  const { status, failed, refresh } = useSyncStatus();
  const [message, setMessage] = useState<string>();

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h5" component="h1">
        {t.sections.sync.title}
      </Typography>
      <Typography color="text.secondary">{m.intro}</Typography>
      {failed && <Typography color="error">{t.errors.unavailable}</Typography>}
      {status && <ServerCard status={status} onChanged={refresh} onMessage={setMessage} />}
      {status?.enrolment && <StatusCard onMessage={setMessage} />}
      <RefusedChangesCard onMessage={setMessage} />
      <ReplacementsCard onMessage={setMessage} />
      <BackupCard onMessage={setMessage} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={8000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
