import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { EventRecord } from '../../../shared/domain/records';
import { eventKinds } from '../../../shared/domain/vocabulary';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { eventMessages } from './messages';

/** One row of the record's description list; `name` is the field, for finding it on the page. */
function Field({ label, name, children }: { label: string; name: string; children: ReactNode }): ReactNode {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '120px 1fr', gap: 2, py: 0.5 }}>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" data-field={name} sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
}

export function EventSummary({ event }: { event: EventRecord }): ReactNode {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const alliances = useNames('alliances');
  const units = useNames('units');
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.detailsHeading}
        </Typography>
        <Box component="dl" sx={{ m: 0 }}>
          <Field label={t.fields.allianceId} name="allianceId">
            <Link component={RouterLink} to={`/alliances/${event.allianceId}`} underline="hover">
              {alliances?.get(event.allianceId) ?? t.none}
            </Link>
          </Field>
          <Field label={t.fields.kind} name="kind">{eventKinds.label(event.kind, locale)}</Field>
          <Field label={t.date} name="startsOn">{event.endsOn && event.endsOn !== event.startsOn ? `${event.startsOn} — ${event.endsOn}` : event.startsOn}</Field>
          <Field label={t.fields.venue} name="venue">{event.venue || t.none}</Field>
          <Field label={t.fields.hostUnitId} name="hostUnitId">
            {event.hostUnitId ? (
              <Link component={RouterLink} to={`/units/${event.hostUnitId}`} underline="hover">
                {units?.get(event.hostUnitId) ?? t.none}
              </Link>
            ) : (
              t.none
            )}
          </Field>
        </Box>
      </CardContent>
    </Card>
  );
}
