import { Alert, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import SyncIcon from '@mui/icons-material/Sync';
import type { ReactNode } from 'react';
import { appSync } from '../../sync/app-sync';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { formatTime } from './format-time';
import { InfoLine } from './InfoLine';
import { syncMessages } from './messages';
import { RefusedAlert } from './RefusedAlert';
import { useSchedulerState, useSyncReport } from './use-sync-status';

/** A clock difference smaller than this is normal network delay and not worth mentioning. */
const skewWorthMentioningMs = 10_000;

function skewAmount(ms: number, units: { seconds: (n: number) => string; minutes: (n: number) => string; hours: (n: number) => string }): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 90) return units.seconds(seconds);
  if (seconds < 90 * 60) return units.minutes(Math.round(seconds / 60));
  return units.hours(Math.round(seconds / 3600));
}

export function StatusCard({ onMessage }: { onMessage: (message: string) => void }): ReactNode {
  const { locale } = useLocale();
  const m = useMessages(syncMessages);
  const scheduler = useSchedulerState();
  const { report, pending } = useSyncReport();

  const syncNow = (): void => {
    appSync.syncNow().then(
      () => {
        const { problem } = appSync.getState();
        onMessage(problem ? m.problems[problem] : m.status.synced);
      },
      () => onMessage(m.unexpected),
    );
  };

  const skew = report?.skewMs ?? null;
  const failedLast = report?.problem != null && report.lastAttemptAt >= (report.lastSuccessAt ?? 0);

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {m.status.heading}
          </Typography>
          <Stack spacing={0.5}>
            <InfoLine label={m.status.lastSuccess} value={report?.lastSuccessAt ? formatTime(report.lastSuccessAt, locale) : m.status.never} testId="last-sync" />
            <InfoLine label={m.status.pending} value={pending === undefined ? '…' : m.status.pendingCount(pending)} testId="pending-changes" />
          </Stack>
          {scheduler.running && <LinearProgress aria-label={m.status.syncing} />}
          {failedLast && report.problem && (
            <Alert severity={report.problem === 'network' ? 'warning' : 'error'}>
              {m.problems[report.problem]}
              {scheduler.blocked && ` ${m.status.paused}`}
              <Typography variant="body2" color="text.secondary">
                {m.status.lastAttempt(formatTime(report.lastAttemptAt, locale))}
              </Typography>
            </Alert>
          )}
          {skew !== null && Math.abs(skew) >= skewWorthMentioningMs && (
            // The server's clock minus ours: negative means this machine is ahead.
            <Alert severity="warning">{m.status.skew(skewAmount(skew, m.status), skew < 0)}</Alert>
          )}
          {report && report.clockRestamped > 0 && <Alert severity="info">{m.status.clockRestamped(report.clockRestamped)}</Alert>}
          {report && report.collisions.length > 0 && (
            <Alert severity="warning">
              <Typography variant="subtitle2" component="h3">
                {m.status.collisionsHeading}
              </Typography>
              {report.collisions.map((collision) => (
                <Typography key={`${collision.table}/${collision.field}/${collision.value}`} variant="body2">
                  {m.status.collision(collision.value, collision.rowIds.length)}
                </Typography>
              ))}
            </Alert>
          )}
          {report && report.attachmentsMissing > 0 && <Alert severity="info">{m.status.attachmentsMissing(report.attachmentsMissing)}</Alert>}
          <RefusedAlert />
          <Stack direction="row">
            <Button variant="contained" startIcon={<SyncIcon />} onClick={syncNow} disabled={scheduler.running}>
              {scheduler.running ? m.status.syncing : m.status.syncNow}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
