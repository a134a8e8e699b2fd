import { Button, IconButton, Stack } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import RestoreIcon from '@mui/icons-material/Restore';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';

/**
 * Move up, move down, edit and delete for one section or task; a deleted one offers Restore only.
 * Labels name the row, for screen readers and tests.
 */
export function OrderedRowActions({
  name,
  deleted,
  first,
  last,
  readOnly,
  onMove,
  onEdit,
  onDelete,
  onRestore,
}: {
  name: string;
  deleted: boolean;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
  onRestore: () => void;
}): ReactNode {
  const t = useMessages(planMessages);
  if (readOnly) return null;
  if (deleted) {
    return (
      <Button size="small" startIcon={<RestoreIcon />} aria-label={t.restoreRow(name)} onClick={onRestore}>
        {t.restore}
      </Button>
    );
  }
  return (
    <Stack direction="row" sx={{ flexShrink: 0 }}>
      <IconButton size="small" aria-label={t.moveUp(name)} disabled={first} onClick={() => onMove(-1)}>
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" aria-label={t.moveDown(name)} disabled={last} onClick={() => onMove(1)}>
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" aria-label={t.editRow(name)} onClick={onEdit}>
        <EditIcon fontSize="small" />
      </IconButton>
      <IconButton size="small" aria-label={t.deleteRow(name)} onClick={onDelete}>
        <DeleteOutlinedIcon fontSize="small" />
      </IconButton>
    </Stack>
  );
}
