import { Alert, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import type { DocumentAssets } from '../../../../shared/documents/render-html';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useMessages } from '../../../i18n/use-messages';
import type { ExportOutcome } from '../export-documents';
import { exportIssued } from '../export-documents';
import type { ExportProgress } from '../export-progress';
import { issueMessages } from './messages';

/**
 * After issuing: the numbers given, and the ways out — PDF, one PDF each, the print queue of the
 * event. `batchName` names the PDF, the zip and the folder (see file-names.ts's batchFileBase).
 */
export function IssuedPanel({
  template,
  issued,
  assets,
  eventId,
  batchName,
  onMore,
}: {
  template: DocumentTemplate;
  issued: readonly IssuedDocument[];
  assets: DocumentAssets;
  eventId: string | null;
  batchName: string;
  onMore: () => void;
}): ReactNode {
  const t = useMessages(issueMessages);
  const describeError = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress>();
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string }>();
  const first = issued[0]?.number ?? '';
  const last = issued[issued.length - 1]?.number ?? '';

  const run = (mode: 'one' | 'each'): void => {
    setBusy(true);
    setMessage(undefined);
    setProgress(undefined);
    exportIssued(mode, template, issued, assets, batchName, setProgress)
      .then((outcome: ExportOutcome) => {
        if (outcome.outcome === 'saved') setMessage({ severity: 'success', text: t.saved(outcome.where) });
        if (outcome.outcome === 'downloading') setMessage({ severity: 'success', text: t.downloading(outcome.fileName) });
      })
      .catch((error: unknown) => setMessage({ severity: 'error', text: describeError(error) }))
      .finally(() => {
        setBusy(false);
        setProgress(undefined);
      });
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {t.issuedHeading(issued.length)}
        </Typography>
        <Typography data-testid="issued-range">{t.issuedRange(first, last)}</Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" disabled={busy} onClick={() => run('one')}>
            {t.exportOne}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => run('each')}>
            {t.exportEach}
          </Button>
          {eventId && (
            <Button variant="outlined" component={RouterLink} to={`/documents/print-queue/${eventId}`}>
              {t.printQueue}
            </Button>
          )}
          <Button component={RouterLink} to="/documents/issued">
            {t.openRegistry}
          </Button>
          <Button onClick={onMore}>{t.issueMore}</Button>
        </Stack>
        {busy && (
          <Stack spacing={1} data-testid="export-progress">
            <Typography color="text.secondary">{progress ? t.exportProgress(progress.done, progress.total) : t.exporting}</Typography>
            <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={progress ? (100 * progress.done) / progress.total : 0} aria-label={t.exporting} />
          </Stack>
        )}
        {message && <Alert severity={message.severity}>{message.text}</Alert>}
      </Stack>
    </Paper>
  );
}
