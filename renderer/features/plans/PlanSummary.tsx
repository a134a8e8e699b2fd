import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ActionPlan } from '../../../shared/domain/plans';
import { planStatuses } from '../../../shared/domain/vocabulary';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { periodText } from './plan-filters';

function Field({ label, name, children }: { label: string; name: string; children: ReactNode }): ReactNode {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: 2, py: 0.5 }}>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" data-field={name} sx={{ m: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

function RecordName({ to, name, fallback }: { to: string; name: string | undefined; fallback: string }): ReactNode {
  return (
    <Link component={RouterLink} to={to} underline="hover">
      {name ?? fallback}
    </Link>
  );
}

/** The plan's own fields, with the alliance and the meeting that adopted it linking to their pages. */
export function PlanSummary({ plan }: { plan: ActionPlan }): ReactNode {
  const t = useMessages(planMessages);
  const { locale } = useLocale();
  const alliances = useNames('alliances');
  const events = useNames('events');
  return (
    <Card variant="outlined">
      <CardContent>
        <Box component="dl" sx={{ m: 0 }}>
          <Field label={t.fields.allianceId} name="allianceId">
            <RecordName to={`/alliances/${plan.allianceId}`} name={alliances?.get(plan.allianceId)} fallback={t.none} />
          </Field>
          <Field label={t.fields.period} name="period">{periodText(plan)}</Field>
          <Field label={t.fields.status} name="status">{planStatuses.label(plan.status, locale)}</Field>
          <Field label={t.fields.adoptedEventId} name="adoptedEventId">
            {plan.adoptedEventId ? <RecordName to={`/events/${plan.adoptedEventId}`} name={events?.get(plan.adoptedEventId)} fallback={t.none} /> : t.none}
          </Field>
          <Field label={t.fields.issuer} name="issuer">{plan.issuer || t.none}</Field>
          <Field label={t.fields.documentNumber} name="documentNumber">{plan.documentNumber || t.none}</Field>
          <Field label={t.fields.issuedOn} name="issuedOn">{plan.issuedOn ?? t.none}</Field>
        </Box>
      </CardContent>
    </Card>
  );
}
