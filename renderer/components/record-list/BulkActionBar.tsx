import { Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useCanBulk } from '../record/use-can-edit';
import { bulkMessages } from './bulk-messages';
import type { BulkActionState, BulkProgressStore } from './use-bulk-action';

/** Above a list with rows selected: how many, the actions on them, and the progress of a long one. */
export function BulkActionBar({ count, hidden, bulk, onClear, children }: { count: number; hidden: number; bulk: BulkActionState; onClear: () => void; children: ReactNode }): ReactNode {
  const t = useMessages(bulkMessages);
  const { running } = bulk;
  // This device's role may not change many records at once: the actions are not offered, the reason is.
  const refusal = useCanBulk();
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1, bgcolor: 'action.hover', borderColor: 'primary.light' }} role="region" aria-label={t.selected(count, hidden)}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, mr: 1 }} data-testid="selection-count">
          {t.selected(count, hidden)}
        </Typography>
        {refusal ? (
          <Typography variant="body2" color="text.secondary" data-testid="refusal">
            {refusal}
          </Typography>
        ) : (
          children
        )}
        <Button size="small" onClick={onClear} disabled={running} sx={{ ml: 'auto' }}>
          {t.clear}
        </Button>
      </Stack>
      {running && <BulkProgress store={bulk.progress} />}
    </Paper>
  );
}

/** How far the running action is; once every row is done, that it is being saved. */
function BulkProgress({ store }: { store: BulkProgressStore }): ReactNode {
  const t = useMessages(bulkMessages);
  const progress = useSyncExternalStore(store.subscribe, store.get);
  return (
    <Stack spacing={0.5} sx={{ mt: 1 }} role="status">
      {progress && progress.done < progress.total ? (
        <>
          <LinearProgress variant="determinate" value={(100 * progress.done) / progress.total} aria-label={t.working(progress.done, progress.total)} />
          <Typography variant="caption">{t.working(progress.done, progress.total)}</Typography>
        </>
      ) : (
        <>
          <LinearProgress aria-label={t.saving} />
          <Typography variant="caption">{t.saving}</Typography>
        </>
      )}
    </Stack>
  );
}
