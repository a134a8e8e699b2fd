import { Button, Grid, MenuItem, Snackbar, Stack, TextField, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { localIsoDate } from '../../../shared/domain/agreement-term';
import { prepareCharts } from '../../../shared/reports/charts';
import { reportDocument } from '../../../shared/reports/report-document';
import { reportSections } from '../../../shared/reports/report-sections';
import { NotFound } from '../../components/record/NotFound';
import { useRecord, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { FigureCard, FigureGroup, FigureLine } from '../../components/figures/FigureCard';
import { reportMessages } from './messages';
import { ChartsCard } from './ChartsCard';
import { OwnFiguresCard } from './OwnFiguresCard';
import { ReportExportButtons } from './ReportExportButtons';
import { reportYears, useReport } from './use-report';

// echarts' first initialisation (about 200 ms cold) is done while the desk is idle, not when a report opens.
// Browser mode may run in a browser without requestIdleCallback (Safari): there, a moment after the module loads.
if (typeof window !== 'undefined') {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => prepareCharts());
  else setTimeout(() => prepareCharts(), 200);
}

/** The alliance's annual report: a year, its figures (each a link to its records), the alliance's own figures. */
export function ReportScreen(): ReactNode {
  const t = useMessages(reportMessages);
  const { locale } = useLocale();
  const { allianceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const alliance = useRecord('alliances', allianceId);
  const events = useRecords('events');
  const [today] = useState(() => localIsoDate());
  const [message, setMessage] = useState<string>();
  const thisYear = Number(today.slice(0, 4));
  // Without a year in the address: the latest year the alliance held an event, so a report opens on figures.
  const latestEventYear = useMemo(() => {
    const years = (events ?? []).filter((e) => e.allianceId === allianceId && e.startsOn.slice(0, 4) <= String(thisYear)).map((e) => Number(e.startsOn.slice(0, 4)));
    return years.length > 0 ? Math.max(...years) : thisYear;
  }, [events, allianceId, thisYear]);
  const year = Number(params.get('year')) || latestEventYear;
  const figures = useReport(allianceId, year, today);
  const allianceName = alliance?.name;
  // The figures show first; the document with its charts (for the screen and both exports) is drawn in a
  // render after them, once per change of figures, so the charts never hold the figures back.
  const drawnFigures = useDeferredValue(figures, undefined);
  const drawn = useMemo(() => (drawnFigures && allianceName !== undefined && events ? reportDocument(drawnFigures, allianceName, events, locale) : undefined), [drawnFigures, allianceName, events, locale]);
  const report = drawnFigures === figures ? drawn : undefined;

  if (alliance === undefined || !figures) return null;
  if (alliance === null) return <NotFound message={t.notFound} back={t.back} to="/alliances" />;
  const years = reportYears(alliance.foundedOn, thisYear);
  if (!years.includes(year)) years.push(year);
  const sections = reportSections(figures, locale).filter((section) => section.key !== 'own');

  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1">
            {t.title(alliance.name, year)}
          </Typography>
        </Stack>
        <TextField select size="small" label={t.year} value={year} onChange={(e) => setParams({ year: e.target.value }, { replace: true })} sx={{ minWidth: 120 }}>
          {years.sort((a, b) => b - a).map((each) => (
            <MenuItem key={each} value={each}>
              {each}
            </MenuItem>
          ))}
        </TextField>
        <ReportExportButtons report={report} onMessage={setMessage} />
        <Button startIcon={<ArrowBackIcon />} component={RouterLink} to={`/alliances/${alliance.id}`}>
          {t.back}
        </Button>
      </Stack>
      <section aria-label={t.figures}>
        <Grid container spacing={2}>
          {sections.map((section, index) => (
            <Grid key={section.key} size={{ xs: 12, md: 6, xl: 4 }}>
              <FigureCard title={`${'一二三四五六七'[index] ?? ''}、${section.heading}`}>
                <FigureGroup>
                  {section.rows.map((row) => (
                    <FigureLine key={`${row.label}-${row.link ?? ''}`} label={row.label} figure={String(row.value)} to={row.link ?? ''} indent={row.indent} strong={!row.indent} />
                  ))}
                </FigureGroup>
              </FigureCard>
            </Grid>
          ))}
        </Grid>
      </section>
      {drawn && <ChartsCard title={t.charts} charts={drawn.charts} />}
      <OwnFiguresCard allianceId={alliance.id} year={year} onMessage={setMessage} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
