import { Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import RestoreIcon from '@mui/icons-material/Restore';
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ParsedBackup } from '../../sync/backup/read-backup';
import { BackupFileError } from '../../sync/backup/read-backup';
import { useErrorMessage } from '../../errors/use-error-message';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { readAutomaticBackup, readBackupFile, restore, saveBackup } from './backup-actions';
import { formatSize, formatTime } from './format-time';
import { syncMessages } from './messages';
import { RestoreDialog } from './RestoreDialog';
import { useAutomaticBackups } from './use-automatic-backups';

/** Export to one file, restore from a file or from one of the automatic backups. */
export function BackupCard({ onMessage }: { onMessage: (message: string) => void }): ReactNode {
  const { locale } = useLocale();
  const m = useMessages(syncMessages);
  const describeError = useErrorMessage();
  const { backups, folder, reload } = useAutomaticBackups();
  const fileInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [candidate, setCandidate] = useState<ParsedBackup>();
  const [restoring, setRestoring] = useState(false);

  const exportNow = (): void => {
    setExporting(true);
    saveBackup(m.backup.fileName)
      .then(
        (result) => {
          if (result.outcome === 'saved') onMessage(m.backup.savedTo(result.path));
          else if (result.outcome === 'downloading') onMessage(m.backup.exported(result.fileName));
          else onMessage(m.backup.cancelled);
        },
        (error: unknown) => onMessage(describeError(error)),
      )
      .finally(() => setExporting(false));
  };

  const check = (read: Promise<ParsedBackup>): void => {
    onMessage(m.backup.reading);
    read.then(setCandidate, (error: unknown) => onMessage(error instanceof BackupFileError ? m.backup.problems[error.problem] : describeError(error)));
  };

  const confirm = (): void => {
    if (!candidate) return;
    setRestoring(true);
    restore(candidate)
      .then(
        (outcome) => {
          setCandidate(undefined);
          onMessage(m.backup.restored(outcome.created, outcome.updated, outcome.attachmentsAdded));
          reload();
        },
        () => onMessage(m.unexpected),
      )
      .finally(() => setRestoring(false));
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {m.backup.heading}
          </Typography>
          <Typography>{m.backup.intro}</Typography>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" startIcon={<SaveAltIcon />} onClick={exportNow} disabled={exporting}>
              {exporting ? m.backup.exporting : m.backup.export}
            </Button>
            <Button variant="outlined" startIcon={<RestoreIcon />} onClick={() => fileInput.current?.click()}>
              {m.backup.restoreFromFile}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".zip,application/zip"
              hidden
              data-testid="backup-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) check(readBackupFile(file));
              }}
            />
          </Stack>
          <Typography variant="subtitle1" component="h3">
            {m.backup.automaticHeading}
          </Typography>
          {folder && (
            <Typography variant="body2" color="text.secondary">
              {m.backup.automaticHelp(folder)}
            </Typography>
          )}
          {backups?.length === 0 && <Typography variant="body2">{m.backup.automaticNone}</Typography>}
          {backups && backups.length > 0 && (
            <List dense disablePadding>
              {backups.map((backup) => (
                <ListItem
                  key={backup.name}
                  disableGutters
                  secondaryAction={
                    <Button size="small" onClick={() => check(readAutomaticBackup(backup.name))}>
                      {m.backup.restore}
                    </Button>
                  }
                >
                  <ListItemText primary={formatTime(Date.parse(backup.createdAt), locale)} secondary={formatSize(backup.size)} />
                </ListItem>
              ))}
            </List>
          )}
        </Stack>
      </CardContent>
      <RestoreDialog backup={candidate} busy={restoring} onConfirm={confirm} onClose={() => setCandidate(undefined)} />
    </Card>
  );
}
