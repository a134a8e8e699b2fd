import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { issuedMessages } from './messages';

/** Asks for the reason before a document is revoked; the number stays taken. */
export function RevokeDialog({ number, open, onClose, onRevoke }: { number: string; open: boolean; onClose: () => void; onRevoke: (reason: string) => void }): ReactNode {
  const t = useMessages(issuedMessages);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const empty = reason.trim() === '';
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t.revokeHeading(number)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t.revokeText}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={t.reason}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={tried && empty}
          helperText={tried && empty ? t.reasonRequired : undefined}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button
          variant="contained"
          color="error"
          onClick={() => {
            setTried(true);
            if (!empty) onRevoke(reason.trim());
          }}
        >
          {t.revoke}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
