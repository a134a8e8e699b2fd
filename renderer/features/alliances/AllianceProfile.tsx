import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { Alliance } from '../../../shared/domain/records';
import { allianceKinds } from '../../../shared/domain/vocabulary';
import { Thumbnail } from '../../components/attachments/Thumbnail';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { allianceMessages } from './messages';

/** One row of the record's description list; `name` is the field, for finding it on the page. */
function Field({ label, name, children }: { label: string; name: string; children: ReactNode }): ReactNode {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: 2, py: 0.5 }}>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" data-field={name} sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
}

export function AllianceProfile({ alliance }: { alliance: Alliance }): ReactNode {
  const t = useMessages(allianceMessages);
  const { locale } = useLocale();
  const or = (value: string | null): string => value || t.none;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.profileHeading}
        </Typography>
        <Box component="dl" sx={{ m: 0 }}>
          <Field label={t.fields.shortName} name="shortName">{or(alliance.shortName)}</Field>
          <Field label={t.fields.kind} name="kind">{allianceKinds.label(alliance.kind, locale)}</Field>
          <Field label={t.fields.foundedOn} name="foundedOn">{or(alliance.foundedOn)}</Field>
          <Field label={t.fields.region} name="region">{or(alliance.region)}</Field>
          <Field label={t.fields.guidingDepartments} name="guidingDepartments">{or(alliance.guidingDepartments.join('、'))}</Field>
          <Field label={t.fields.numberPrefix} name="numberPrefix">{or(alliance.numberPrefix)}</Field>
          <Field label={t.fields.aims} name="aims">{or(alliance.aims)}</Field>
          <Field label={t.fields.description} name="description">{or(alliance.description)}</Field>
        </Box>
        <Stack direction="row" spacing={4} sx={{ mt: 1 }}>
          {alliance.logo && (
            <Stack spacing={0.5}>
              <Typography color="text.secondary">{t.fields.logo}</Typography>
              <Thumbnail sha256={alliance.logo} />
            </Stack>
          )}
          {alliance.seal && (
            <Stack spacing={0.5}>
              <Typography color="text.secondary">{t.fields.seal}</Typography>
              <Thumbnail sha256={alliance.seal} />
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
