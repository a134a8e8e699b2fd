import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { offsetFor } from '../../../../shared/documents/print-settings';
import { NotFound } from '../../../components/record/NotFound';
import { useRecord, useRecords } from '../../../db/queries';
import { readSetting, writeSetting } from '../../../db/settings';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useMessages } from '../../../i18n/use-messages';
import { waitingToPrint } from '../print-status';
import { printingMessages } from './messages';
import { PrintConfirmDialog } from './PrintConfirmDialog';
import { PrinterChoiceCard } from './PrinterChoiceCard';
import { PrintQueueTable } from './PrintQueueTable';
import { moved } from './programme-order';
import { usePrintQueue } from './use-print-queue';
import { usePrintRun } from './use-print-run';
import { usePrintSetup } from './use-print-setup';
import { usePrinters } from './use-printers';

/** At the ceremony: the event's documents in programme order, printed all, one by one, or again. */
export function PrintQueueScreen(): ReactNode {
  const t = useMessages(printingMessages);
  const errorMessage = useErrorMessage();
  const { eventId } = useParams();
  const event = useRecord('events', eventId);
  const queue = usePrintQueue(eventId);
  const templates = useRecords('documentTemplates', { includeDeleted: true });
  const alliances = useRecords('alliances', { includeDeleted: true });
  const setup = usePrintSetup();
  const printers = usePrinters();
  const printing = usePrintRun({
    templates: templates ?? [],
    alliances: alliances ?? [],
    choice: setup?.choice ?? { mode: 'dialog', printer: null, copies: 1 },
    calibration: setup?.calibration ?? null,
    systemDialog: printers.list?.systemDialog ?? false,
    templateMissing: t.templateMissing,
  });

  if (event === undefined || queue === undefined || setup === undefined || templates === undefined || alliances === undefined) return null;
  if (event === null || !eventId) return <NotFound message={t.eventNotFound} back={t.backToEvents} to="/events" />;

  const { rows, outputs } = queue;
  const { states, busy, outcome, run } = printing;
  const printedNow = new Set([...states].filter(([, state]) => state.state === 'printed').map(([id]) => id));
  const waiting = waitingToPrint(rows, outputs, printedNow);
  const move = (id: string, step: -1 | 1): void => {
    const ids = moved(
      rows.map((document) => document.id),
      id,
      step,
    );
    void readSetting('printOrders').then((orders) => writeSetting('printOrders', { ...orders, [eventId]: ids }));
  };
  const resetOrder = (): void => {
    void readSetting('printOrders').then((orders) => {
      const rest = Object.fromEntries(Object.entries(orders ?? {}).filter(([key]) => key !== eventId));
      return writeSetting('printOrders', rest);
    });
  };
  const firstTemplate = rows[0]?.templateId ?? '';
  const calibrationLink = `/documents/calibration?template=${encodeURIComponent(firstTemplate)}${setup.choice.printer ? `&printer=${encodeURIComponent(setup.choice.printer)}` : ''}`;
  const printed = rows.length - waiting.length;
  const offset = offsetFor(setup.calibration, setup.choice.printer, firstTemplate);
  const calibrationNote = offset.x === 0 && offset.y === 0 ? t.choice.notCalibrated : t.choice.offsetNote(offset.x, offset.y);

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }} spacing={1}>
          <Typography variant="h5" component="h1">
            {t.queueTitle(event.title)}
          </Typography>
          <Typography color="text.secondary">{t.queueIntro}</Typography>
        </Stack>
        <Button component={RouterLink} to={`/events/${eventId}`}>
          {t.backToEvent}
        </Button>
      </Stack>
      <PrinterChoiceCard choice={setup.choice} onChange={setup.setChoice} printers={printers} calibrationLink={calibrationLink} calibrationNote={calibrationNote} />
      <Card variant="outlined">
        <CardContent>
          {rows.length === 0 ? (
            <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Typography>{t.empty}</Typography>
              <Button component={RouterLink} to="/documents/issue">
                {t.issueLink}
              </Button>
            </Stack>
          ) : (
            <Stack spacing={2}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Button variant="contained" startIcon={<PrintIcon />} disabled={busy || waiting.length === 0} onClick={() => void run(waiting)}>
                  {t.printAll(waiting.length)}
                </Button>
                <Button variant="outlined" startIcon={<SkipNextIcon />} disabled={busy || waiting.length === 0} onClick={() => void run(waiting.slice(0, 1))}>
                  {t.printNext}
                </Button>
                <Typography data-testid="print-summary" color="text.secondary">
                  {waiting.length === 0 ? t.allPrinted : t.printedSummary(waiting.length, printed, rows.length)}
                </Typography>
                <Stack sx={{ flexGrow: 1 }} />
                <Button size="small" disabled={busy} onClick={resetOrder}>
                  {t.resetOrder}
                </Button>
              </Stack>
              {outcome?.outcome === 'failed' && (
                <Alert severity="error">
                  {errorMessage(outcome.error)} {t.stoppedAt(outcome.at.number)}
                </Alert>
              )}
              {outcome?.outcome === 'cancelled' && <Alert severity="info">{t.cancelled}</Alert>}
              {outcome?.outcome === 'not-printed' && <Alert severity="info">{t.notPrintedAt(outcome.at.number)}</Alert>}
              <PrintQueueTable rows={rows} outputs={outputs} states={states} busy={busy} onMove={move} onReprint={(document) => void run([document])} />
              <Typography variant="body2" color="text.secondary">
                {t.orderHint}
              </Typography>
            </Stack>
          )}
        </CardContent>
      </Card>
      <PrintConfirmDialog pending={printing.confirming} />
    </Stack>
  );
}
