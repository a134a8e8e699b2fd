import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import type { ReactNode } from 'react';
import { useErrorMessage } from '../../errors/use-error-message';
import { useT } from '../../i18n/locale-context';
import { exportDiagnostics } from './export-diagnostics';
import { InfoRow } from './InfoRow';
import { useAppInfo } from './use-app-info';

export function AboutCard({ onMessage }: { onMessage: (message: string) => void }): ReactNode {
  const t = useT();
  const describeError = useErrorMessage();
  const info = useAppInfo();

  const save = (): void => {
    exportDiagnostics().then(
      (result) => {
        if (result.outcome === 'saved') onMessage(t.settings.savedTo(result.path));
        else if (result.outcome === 'downloading') onMessage(t.settings.downloading(result.fileName));
        else onMessage(t.settings.cancelled);
      },
      (error: unknown) => onMessage(describeError(error)),
    );
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.settings.aboutHeading}
        </Typography>
        {info.state === 'loading' && <Typography color="text.secondary">{t.settings.loading}</Typography>}
        {info.state === 'failed' && <Typography color="error">{describeError(info.error)}</Typography>}
        {info.state === 'ready' && (
          <Stack spacing={0.5}>
            <InfoRow label={t.settings.version} value={info.value.version} />
            <InfoRow label={t.settings.runtime} value={info.value.runtime === 'electron' ? t.settings.runtimeElectron : t.settings.runtimeBrowser} />
            <InfoRow label={t.settings.dataDir} value={info.value.dataDir} />
            <InfoRow label={t.settings.platform} value={`${info.value.platform} ${info.value.arch}`} />
          </Stack>
        )}
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
          <Button variant="outlined" startIcon={<SaveAltIcon />} onClick={save}>
            {t.settings.exportDiagnostics}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {t.settings.exportDiagnosticsHelp}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
}
