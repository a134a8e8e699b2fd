import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { printingMessages } from './messages';
import type { PendingConfirmation } from './use-print-run';

/** After the browser's print dialog closed: the user says whether the document came out of the printer. */
export function PrintConfirmDialog({ pending }: { pending: PendingConfirmation | undefined }): ReactNode {
  const t = useMessages(printingMessages).confirm;
  return (
    <Dialog open={pending !== undefined} aria-labelledby="print-confirm-title">
      {pending && (
        <>
          <DialogTitle id="print-confirm-title">{t.title(pending.document.number)}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1, overflowWrap: 'anywhere' }}>{pending.document.recipientName}</DialogContentText>
            <DialogContentText>{t.text}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => pending.answer(false)}>{t.notPrinted}</Button>
            <Button variant="contained" onClick={() => pending.answer(true)}>
              {t.printed}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
