import { Box, Card, CardContent, Chip, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Agreement } from '../../../shared/domain/records';
import { agreementKinds, agreementStatuses } from '../../../shared/domain/vocabulary';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { daysUntil } from './agreement-filters';
import { agreementMessages } from './messages';

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

function Links({ ids, names, path, fallback }: { ids: readonly string[]; names: Map<string, string> | undefined; path: string; fallback: string }): ReactNode {
  if (ids.length === 0) return fallback;
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2.5 }}>
      {ids.map((id) => (
        <li key={id}>
          <Link component={RouterLink} to={`${path}/${id}`} underline="hover">
            {names?.get(id) ?? fallback}
          </Link>
        </li>
      ))}
    </Stack>
  );
}

/** Who signed what, when and where: each party, signatory and the ceremony link to their own page. */
export function AgreementSummary({ agreement, today, expiring }: { agreement: Agreement; today: string; expiring: boolean }): ReactNode {
  const t = useMessages(agreementMessages);
  const { locale } = useLocale();
  const alliances = useNames('alliances');
  const units = useNames('units');
  const people = useNames('people');
  const events = useNames('events');
  const term = [agreement.termStart, agreement.termEnd].some(Boolean) ? `${agreement.termStart ?? '…'} — ${agreement.termEnd ?? '…'}` : t.none;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.detailsHeading}
        </Typography>
        <Box component="dl" sx={{ m: 0 }}>
          <Field label={t.fields.allianceId} name="allianceId">
            <Link component={RouterLink} to={`/alliances/${agreement.allianceId}`} underline="hover">
              {alliances?.get(agreement.allianceId) ?? t.none}
            </Link>
          </Field>
          <Field label={t.fields.kind} name="kind">{agreementKinds.label(agreement.kind, locale)}</Field>
          <Field label={t.fields.status} name="status">
            {agreementStatuses.label(agreement.status, locale)}
            {expiring && agreement.termEnd && <Chip size="small" color="warning" label={t.expiresIn(daysUntil(agreement.termEnd, today))} sx={{ ml: 1 }} />}
          </Field>
          <Field label={t.fields.partyUnitIds} name="partyUnitIds">
            <Links ids={agreement.partyUnitIds} names={units} path="/units" fallback={t.deletedRecord} />
          </Field>
          <Field label={t.fields.signatoryIds} name="signatoryIds">
            <Links ids={agreement.signatoryIds} names={people} path="/people" fallback={t.none} />
          </Field>
          <Field label={t.fields.signedOn} name="signedOn">{agreement.signedOn ?? t.none}</Field>
          <Field label={t.fields.eventId} name="eventId">
            {agreement.eventId ? (
              <Link component={RouterLink} to={`/events/${agreement.eventId}`} underline="hover">
                {events?.get(agreement.eventId) ?? t.deletedRecord}
              </Link>
            ) : (
              t.none
            )}
          </Field>
          <Field label={t.term} name="term">{term}</Field>
        </Box>
      </CardContent>
    </Card>
  );
}
