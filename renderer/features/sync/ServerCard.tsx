import { Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/bridge/sync';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { EnrolForm } from './EnrolForm';
import { forgetServer } from './enrol-device';
import { formatTime } from './format-time';
import { InfoLine } from './InfoLine';
import { syncMessages } from './messages';

export function ServerCard({ status, onChanged, onMessage }: { status: SyncStatus; onChanged: () => void; onMessage: (message: string) => void }): ReactNode {
  const { locale } = useLocale();
  const m = useMessages(syncMessages);
  const [confirming, setConfirming] = useState(false);
  const { enrolment } = status;

  const forget = (): void => {
    setConfirming(false);
    forgetServer().then(
      () => {
        onChanged();
        onMessage(m.server.forgotten);
      },
      () => onMessage(m.unexpected),
    );
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {m.server.heading}
          </Typography>
          {enrolment ? (
            <Stack spacing={0.5}>
              <InfoLine label={m.server.workspace} value={enrolment.workspaceName} />
              <InfoLine label={m.server.serverAddress} value={enrolment.serverUrl} />
              {enrolment.certificateSha256 && <InfoLine label={m.server.certificate} value={enrolment.certificateSha256} testId="certificate-fingerprint" />}
              <InfoLine label={m.server.enrolledAt} value={formatTime(Date.parse(enrolment.enrolledAt), locale)} />
            </Stack>
          ) : (
            <>
              <Typography>{m.server.notEnrolled}</Typography>
              <EnrolForm
                onEnrolled={(workspaceName) => {
                  onChanged();
                  onMessage(m.server.enrolled(workspaceName));
                }}
              />
            </>
          )}
          <Typography variant="body2" color="text.secondary">
            {status.credentialStorage === 'encrypted' ? m.server.credentialsEncrypted : m.server.credentialsPlain}
          </Typography>
          {enrolment && (
            <Stack direction="row">
              <Button color="inherit" variant="outlined" onClick={() => setConfirming(true)}>
                {m.server.forget}
              </Button>
            </Stack>
          )}
        </Stack>
      </CardContent>
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{m.server.forgetTitle}</DialogTitle>
        <DialogContent>
          <DialogContentText>{m.server.forgetText}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{m.server.cancel}</Button>
          <Button color="error" onClick={forget}>
            {m.server.forgetConfirm}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}
