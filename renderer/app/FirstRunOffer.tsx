import { Alert, Button, Card, CardActions, CardContent, CircularProgress, Snackbar, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useRecords } from '../db/queries';
import { useSetting, writeSetting } from '../db/settings';
import { useErrorMessage } from '../errors/use-error-message';
import { useMessages } from '../i18n/use-messages';
import type { SampleLoadResult } from '../sample-data/load-sample-data';
import { loadSampleData } from '../sample-data/load-sample-data';
import { firstRunMessages } from './first-run-messages';
import { useAppInfo } from '../features/settings/use-app-info';

type Status = { kind: 'idle' } | { kind: 'busy'; action: 'load' | 'decline' } | { kind: 'loaded'; result: SampleLoadResult } | { kind: 'failed'; message: string };

/**
 * The first-run choice between the seed reports' sample data and an empty registry. A card above
 * the section, never a modal: the app stays usable without answering. It shows while the question
 * is unanswered and the registry has never held an alliance, a unit or a person (deleted ones
 * count); units imported without an alliance are records too, and the card leaves as they arrive.
 */
export function FirstRunOffer(): ReactNode {
  const t = useMessages(firstRunMessages);
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const answer = useSetting('sampleData');
  const alliances = useRecords('alliances', { includeDeleted: true });
  const units = useRecords('units', { includeDeleted: true });
  const people = useRecords('people', { includeDeleted: true });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const info = useAppInfo();
  // Browser mode started on another port: the registry is not lost, it is at the old address. Say so instead of offering sample data.
  const elsewhere = info.state === 'ready' ? info.value.registryElsewhere : undefined;

  const load = (): void => {
    setStatus({ kind: 'busy', action: 'load' });
    loadSampleData().then(
      (result) => setStatus({ kind: 'loaded', result }),
      (error: unknown) => setStatus({ kind: 'failed', message: t.failed(errorMessage(error)) }),
    );
  };
  const startEmpty = (): void => {
    setStatus({ kind: 'busy', action: 'decline' });
    writeSetting('sampleData', 'declined').then(
      () => setStatus({ kind: 'idle' }),
      (error: unknown) => setStatus({ kind: 'failed', message: t.declineFailed(errorMessage(error)) }),
    );
  };

  if (status.kind === 'loaded') {
    const { result } = status;
    // A snackbar, so the confirmation never pushes the section's list out of the window.
    return (
      <Snackbar open autoHideDuration={10_000} onClose={() => setStatus({ kind: 'idle' })} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="success" variant="filled" onClose={() => setStatus({ kind: 'idle' })} closeText={t.close}>
          {result.loaded.length > 0 ? t.loaded(result.created) : t.alreadyThere}
        </Alert>
      </Snackbar>
    );
  }
  const tables = [alliances, units, people];
  if (answer !== null || tables.some((rows) => rows === undefined || rows.length > 0)) return null;

  const busy = status.kind === 'busy';
  const loading = busy && status.action === 'load';
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} sx={{ mb: 3, maxWidth: 760, borderColor: 'primary.main' }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={headingId} gutterBottom>
          {elsewhere ? t.elsewhereHeading : t.heading}
        </Typography>
        {elsewhere ? (
          <Alert severity="warning">{t.elsewhere(elsewhere.origin, new URL(elsewhere.origin).port)}</Alert>
        ) : (
          <Typography color="text.secondary">{t.intro}</Typography>
        )}
        {status.kind === 'failed' && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {status.message}
          </Alert>
        )}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        {!elsewhere && (
          <Button variant="contained" onClick={load} disabled={busy} startIcon={loading ? <CircularProgress size={16} color="inherit" /> : undefined}>
            {loading ? t.loading : t.load}
          </Button>
        )}
        <Button onClick={startEmpty} disabled={busy}>
          {t.startEmpty}
        </Button>
      </CardActions>
    </Card>
  );
}
