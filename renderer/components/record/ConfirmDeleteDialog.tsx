import { Button, Dialog, DialogActions, DialogContent, DialogContentText } from '@mui/material';
import type { ReactNode } from 'react';

/** The question before a deletion, of one record or of a selection: what goes, 取消, and 删除 in red. */
export function ConfirmDeleteDialog({ open, question, cancelLabel, deleteLabel, onCancel, onConfirm }: { open: boolean; question: string; cancelLabel: string; deleteLabel: string; onCancel: () => void; onConfirm: () => void }): ReactNode {
  return (
    <Dialog open={open} onClose={onCancel}>
      <DialogContent>
        <DialogContentText>{question}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{cancelLabel}</Button>
        <Button
          color="error"
          onClick={() => {
            onCancel();
            onConfirm();
          }}
        >
          {deleteLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
