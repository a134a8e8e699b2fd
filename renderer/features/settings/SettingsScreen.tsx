import { Card, CardContent, FormControlLabel, Radio, RadioGroup, Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { localeSchema } from '../../../shared/i18n/locale';
import { useSetting } from '../../db/settings';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { officeCodeFromDeviceId } from '../../../shared/documents/numbering';
import { AboutCard } from './AboutCard';
import { InfoRow } from './InfoRow';
import { OfficeCodeForm } from './OfficeCodeForm';
import { OfficeNameForm } from './OfficeNameForm';
import { officeCodeMessages } from './office-code-messages';
import { useStoragePersisted } from './use-storage-persisted';

export function SettingsScreen(): ReactNode {
  const { t, locale, setLocale } = useLocale();
  const officeName = useSetting('officeName');
  const deviceId = useSetting('deviceId');
  const officeCode = useSetting('officeCode');
  const officeCodeTexts = useMessages(officeCodeMessages);
  const persisted = useStoragePersisted();
  const [message, setMessage] = useState<string>();

  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h5" component="h1">
        {t.sections.settings.title}
      </Typography>

      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t.language.label}
          </Typography>
          <RadioGroup
            row
            value={locale}
            onChange={(event) => {
              const next = localeSchema.safeParse(event.target.value);
              if (next.success) setLocale(next.data).catch(() => setMessage(t.errors.unexpected));
            }}
          >
            <FormControlLabel value="zh-CN" control={<Radio />} label={t.language.zh} />
            <FormControlLabel value="en" control={<Radio />} label={t.language.en} />
          </RadioGroup>
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t.settings.officeHeading}
          </Typography>
          {officeName !== undefined && <OfficeNameForm stored={officeName ?? ''} onSaved={setMessage} />}
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {officeCodeTexts.heading}
          </Typography>
          {officeCode !== undefined && deviceId && <OfficeCodeForm stored={officeCode} derived={officeCodeFromDeviceId(deviceId)} onSaved={setMessage} />}
        </CardContent>
      </Card>

      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t.settings.deviceHeading}
          </Typography>
          <Stack spacing={0.5}>
            <InfoRow label={t.settings.deviceId} value={deviceId ?? t.settings.loading} />
            <InfoRow
              label={t.settings.storage}
              value={persisted === undefined ? t.settings.loading : persisted ? t.settings.storagePersisted : t.settings.storageNotPersisted}
            />
          </Stack>
        </CardContent>
      </Card>

      <AboutCard onMessage={setMessage} />

      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
