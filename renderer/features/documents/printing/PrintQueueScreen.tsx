import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { DeskError } from '../../../../shared/bridge/result';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import { findBuiltInTemplate } from '../../../../shared/documents/built-in-templates';
import { offsetFor } from '../../../../shared/documents/print-settings';
import { NotFound } from '../../../components/record/NotFound';
import { useRecord, useRecords } from '../../../db/queries';
import { readSetting, writeSetting } from '../../../db/settings';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useMessages } from '../../../i18n/use-messages';
import { countPrints } from '../issue/issue-documents';
import { printingMessages } from './messages';
import { printIssuedDocument } from './print-document';
import type { PrintRun, RowState } from './print-job';
import { printInOrder } from './print-job';
import { PrinterChoiceCard } from './PrinterChoiceCard';
import { PrintQueueTable } from './PrintQueueTable';
import { moved } from './programme-order';
import { usePrintQueue } from './use-print-queue';
import { usePrintSetup } from './use-print-setup';
import { usePrinters } from './use-printers';

/** At the ceremony: the event's documents in programme order, printed all, one by one, or again. */
export function PrintQueueScreen(): ReactNode {
  const t = useMessages(printingMessages);
  const errorMessage = useErrorMessage();
  const { eventId } = useParams();
  const event = useRecord('events', eventId);
  const rows = usePrintQueue(eventId);
  const templates = useRecords('documentTemplates', { includeDeleted: true });
  const alliances = useRecords('alliances', { includeDeleted: true });
  const setup = usePrintSetup();
  const printers = usePrinters();
  const [states, setStates] = useState<ReadonlyMap<string, RowState>>(new Map());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PrintRun>();

  if (event === undefined || rows === undefined || setup === undefined || templates === undefined || alliances === undefined) return null;
  if (event === null || !eventId) return <NotFound message={t.eventNotFound} back={t.backToEvents} to="/events" />;

  const templateOf = (document: IssuedDocument) => findBuiltInTemplate(document.templateId) ?? templates.find((template) => template.id === document.templateId);
  const run = async (documents: IssuedDocument[]): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    const result = await printInOrder(documents, setup.choice, {
      print: (document, choice) => {
        const template = templateOf(document);
        if (!template) return Promise.reject(new DeskError('render-failed', t.templateMissing));
        const alliance = alliances.find((candidate) => candidate.id === document.allianceId) ?? null;
        return printIssuedDocument(document, choice, { template, alliance, calibration: setup.calibration, systemDialog: printers.list?.systemDialog ?? false });
      },
      countPrints: (ids) => countPrints(ids),
      onState: (id, state) => setStates((current) => new Map(current).set(id, state)),
    });
    setOutcome(result);
    setBusy(false);
  };
  const waiting = rows.filter((document) => document.printCount === 0 && states.get(document.id)?.state !== 'printed');
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
                  {waiting.length === 0 ? t.allPrinted : t.printedSummary(printed, rows.length)}
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
              <PrintQueueTable rows={rows} states={states} busy={busy} onMove={move} onReprint={(document) => void run([document])} />
              <Typography variant="body2" color="text.secondary">
                {t.orderHint}
              </Typography>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
