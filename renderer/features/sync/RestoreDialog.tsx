import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import type { ParsedBackup } from '../../sync/backup/read-backup';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { formatTime } from './format-time';
import { InfoLine } from './InfoLine';
import { syncMessages } from './messages';

/** What a checked backup holds, and how restoring it merges; nothing changes until confirmed. */
export function RestoreDialog({
  backup,
  busy,
  onConfirm,
  onClose,
}: {
  backup: ParsedBackup | undefined;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}): ReactNode {
  const { locale } = useLocale();
  const m = useMessages(syncMessages);
  const manifest = backup?.manifest;
  return (
    <Dialog open={backup !== undefined} onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{m.backup.dialogTitle}</DialogTitle>
      <DialogContent>
        {manifest && (
          <Stack spacing={2}>
            <Stack spacing={0.5}>
              <InfoLine label={m.backup.exportedAt} value={formatTime(Date.parse(manifest.exportedAt), locale)} />
              {manifest.officeName && <InfoLine label={m.backup.office} value={manifest.officeName} />}
              <InfoLine label={m.backup.records} value={String(manifest.counts.records)} />
              <InfoLine label={m.backup.attachments} value={String(manifest.counts.attachments)} />
            </Stack>
            <Alert severity="info">{m.backup.mergeExplanation}</Alert>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {m.server.cancel}
        </Button>
        <Button variant="contained" onClick={onConfirm} disabled={busy}>
          {busy ? m.backup.restoring : m.backup.confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
