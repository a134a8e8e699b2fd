import { Alert, Button, Card, CardContent, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import PrintIcon from '@mui/icons-material/Print';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { localIsoDate } from '../../../../shared/domain/agreement-term';
import { templateKinds } from '../../../../shared/domain/vocabulary';
import { ceremonyTemplateIds } from '../../../../shared/documents/ceremony-templates';
import { charactersWithoutFont } from '../../../../shared/documents/font-coverage';
import { offsetFor } from '../../../../shared/documents/print-settings';
import { NotFound } from '../../../components/record/NotFound';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { batchFileBase } from '../file-names';
import { DocumentFrame } from '../preview/DocumentFrame';
import { documentFontsBaseUrl } from '../preview/fonts-url';
import { useBatchFit } from '../preview/use-batch-fit';
import { printingMessages } from '../printing/messages';
import { PrinterChoiceCard } from '../printing/PrinterChoiceCard';
import { usePrintSetup } from '../printing/use-print-setup';
import { usePrinters } from '../printing/use-printers';
import type { CeremonyKind } from './ceremony-documents';
import { ceremonyDocument, ceremonyKinds, ceremonyTexts, isCeremonyKind, pageHtml } from './ceremony-documents';
import { CeremonyProblems } from './CeremonyProblems';
import { CeremonyOutcomeAlert } from './CeremonyOutcomeAlert';
import { ceremonyMessages } from './messages';
import { useCeremony } from './use-ceremony';
import { useCeremonyOutput } from './use-ceremony-output';

/**
 * An event's papers besides its certificates (`/documents/ceremony/:eventId?doc=…`): the sign-in
 * sheet, the programme, table cards and badges, previewed page by page from the very HTML that is
 * exported and printed.
 */
export function CeremonyScreen(): ReactNode {
  const t = useMessages(ceremonyMessages);
  const printing = useMessages(printingMessages);
  const { locale } = useLocale();
  const errorMessage = useErrorMessage();
  const { eventId } = useParams();
  const [params, setParams] = useSearchParams();
  const doc = params.get('doc');
  const kind: CeremonyKind = isCeremonyKind(doc) ? doc : 'sign-in-sheet';
  const [page, setPage] = useState(0);
  const view = useCeremony(eventId, params.get('card'));
  const setup = usePrintSetup();
  const printers = usePrinters();
  const output = useCeremonyOutput();
  // Only a table card is a template a printer is calibrated for; the lists print on plain paper as laid out.
  const offset = view && setup && kind === 'table-card' ? offsetFor(setup.calibration, setup.choice.printer, view.tableCard.id) : { x: 0, y: 0 };
  const document = useMemo(
    () =>
      view
        ? ceremonyDocument(kind, { heading: view.heading, entries: view.entries, agenda: view.event.agenda, tableCard: view.tableCard, assets: view.assets, fontsBaseUrl: documentFontsBaseUrl() }, { x: offset.x, y: offset.y })
        : undefined,
    [view, kind, offset.x, offset.y],
  );

  // The whole paper laid out and fitted as the PDF engine will, so a text that cannot fit on page 3 is named before export.
  const fit = useBatchFit(document && !document.empty ? document.html : undefined);
  const overflows = fit?.state === 'checked' ? fit.overflows : [];
  const unfontable = useMemo(
    () => (view ? charactersWithoutFont(ceremonyTexts(kind, { heading: view.heading, entries: view.entries, agenda: view.event.agenda, tableCard: view.tableCard })) : []),
    [view, kind],
  );

  if (view === null || !eventId) return <NotFound message={t.eventNotFound} back={t.backToEvents} to="/events" />;
  if (!view || !document || !setup) return null;
  const shown = Math.min(page, Math.max(0, document.pages - 1));
  const choose = (next: Partial<Record<'doc' | 'card', string>>): void => {
    setPage(0);
    output.clear();
    setParams((current) => {
      const merged = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) merged.set(key, value);
      return merged;
    }, { replace: true });
  };
  const blocked = document.empty || document.missing.length > 0 || fit?.state !== 'checked' || overflows.length > 0 || unfontable.length > 0 || output.busy !== undefined;
  const fileName = `${batchFileBase({ occasion: view.event.title, documents: templateKinds.label(kind, locale), date: localIsoDate() })}.pdf`;
  const count = kind === 'programme' ? view.event.agenda.length : kind === 'sign-in-sheet' ? view.entries.length : view.entries.filter((entry) => entry.personId !== null).length;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }} spacing={1}>
          <Typography variant="h5" component="h1">
            {t.title(view.event.title)}
          </Typography>
          <Typography color="text.secondary">{t.intro}</Typography>
        </Stack>
        <Button component={RouterLink} to={`/events/${eventId}`}>
          {t.backToEvent}
        </Button>
      </Stack>
      <Tabs value={kind} onChange={(_event, value: CeremonyKind) => choose({ doc: value })} aria-label={t.title(view.event.title)}>
        {ceremonyKinds.map((candidate) => (
          <Tab key={candidate} value={candidate} label={t.kinds[candidate]} />
        ))}
      </Tabs>
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={2}>
            <Typography data-testid="ceremony-summary">{t.describe[kind](count, document.pages)}</Typography>
            {kind === 'table-card' && view.tableCards.length > 1 && (
              <TextField select label={t.template} value={view.tableCard.id} onChange={(event) => choose({ card: event.target.value })} sx={{ maxWidth: 420 }}>
                {view.tableCards.map((template) => (
                  <MenuItem key={template.id} value={template.id}>
                    {template.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {document.empty && <Alert severity="info">{t.empty[kind]}</Alert>}
            <CeremonyProblems document={document} overflows={overflows} unfontable={unfontable} />
            {!document.empty && fit?.state === 'checking' && <Typography color="text.secondary">{t.checking}</Typography>}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Button variant="contained" startIcon={<FileDownloadOutlinedIcon />} disabled={blocked} onClick={() => output.exportPdf(document.html, fileName)}>
                {output.busy === 'export' ? t.exporting : t.exportPdf}
              </Button>
              <Button
                variant="outlined"
                startIcon={<PrintIcon />}
                disabled={blocked}
                onClick={() => output.print(document.html, setup.choice, { systemDialog: printers.list?.systemDialog ?? false, jobTitle: `${view.event.title} ${t.kinds[kind]}` })}
              >
                {output.busy === 'print' ? t.printing : t.print}
              </Button>
              <Stack sx={{ flexGrow: 1 }} />
              <Button component={RouterLink} to={`/documents/issue?event=${encodeURIComponent(eventId)}&template=${ceremonyTemplateIds.participationCertificate}`} title={t.certificatesHint}>
                {t.certificates}
              </Button>
            </Stack>
            <CeremonyOutcomeAlert outcome={output.outcome} errorMessage={errorMessage} />
          </Stack>
        </CardContent>
      </Card>
      {!document.empty && (
        <Card variant="outlined">
          <CardContent>
            <Stack spacing={2}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'center' }}>
                <Button disabled={shown === 0} onClick={() => setPage(shown - 1)}>
                  {t.previous}
                </Button>
                <Typography data-testid="ceremony-page">{t.pageOf(shown + 1, document.pages)}</Typography>
                <Button disabled={shown >= document.pages - 1} onClick={() => setPage(shown + 1)}>
                  {t.next}
                </Button>
              </Stack>
              <DocumentFrame html={pageHtml(document.html, shown)} widthMm={document.widthMm} heightMm={document.heightMm} title={t.previewTitle(t.kinds[kind], shown + 1)} />
            </Stack>
          </CardContent>
        </Card>
      )}
      <PrinterChoiceCard choice={setup.choice} onChange={setup.setChoice} printers={printers} calibrationLink={`/documents/calibration?template=${encodeURIComponent(view.tableCard.id)}`} calibrationNote={kind === 'table-card' ? (offset.x === 0 && offset.y === 0 ? printing.choice.notCalibrated : printing.choice.offsetNote(offset.x, offset.y)) : t.plainPaper} />
    </Stack>
  );
}
