import { Button, IconButton, Snackbar } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import type { ReactNode } from 'react';

/** Edit and delete buttons of one row of a related-records table; the labels name the row for screen readers. */
export function EditDeleteButtons({ editLabel, deleteLabel, onEdit, onDelete }: { editLabel: string; deleteLabel: string; onEdit: () => void; onDelete: () => void }): ReactNode {
  return (
    <>
      <IconButton size="small" aria-label={editLabel} onClick={onEdit}>
        <EditIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" aria-label={deleteLabel} onClick={onDelete}>
        <DeleteOutlinedIcon fontSize="small" />
      </IconButton>
    </>
  );
}

/** "Deleted" with an Undo button, for a row deleted without asking first. */
export function UndoSnackbar({ open, message, undoLabel, onUndo, onClose }: { open: boolean; message: string; undoLabel: string; onUndo: () => void; onClose: () => void }): ReactNode {
  return (
    <Snackbar
      open={open}
      message={message}
      autoHideDuration={8000}
      onClose={onClose}
      action={
        <Button color="inherit" size="small" onClick={onUndo}>
          {undoLabel}
        </Button>
      }
    />
  );
}
