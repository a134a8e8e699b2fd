import { Button } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import RestoreIcon from '@mui/icons-material/Restore';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordTable } from '../../../../shared/domain/tables';
import { setManyDeleted } from '../../../db/bulk-actions';
import { useMessages } from '../../../i18n/use-messages';
import { bulkMessages } from '../bulk-messages';
import type { BulkContext, ListRow } from '../RecordList';
import { ConfirmDeleteDialog } from '../../record/ConfirmDeleteDialog';

/** Deletes the selected live records (asking first) or restores the selected deleted ones. */
export function BulkDeleteRestore<R extends ListRow>({ table, context }: { table: RecordTable; context: BulkContext<R> }): ReactNode {
  const t = useMessages(bulkMessages);
  const [asking, setAsking] = useState(false);
  const live = context.rows.filter((row) => !row.deleted).map((row) => row.id);
  const deleted = context.rows.filter((row) => row.deleted).map((row) => row.id);
  return (
    <>
      {live.length > 0 && (
        <Button size="small" color="error" startIcon={<DeleteOutlinedIcon />} disabled={context.running} onClick={() => setAsking(true)}>
          {t.delete}
        </Button>
      )}
      {deleted.length > 0 && (
        <Button size="small" startIcon={<RestoreIcon />} disabled={context.running} onClick={() => void context.run(t.restore, (onProgress) => setManyDeleted(table, deleted, false, { onProgress }))}>
          {t.restore}
        </Button>
      )}
      <ConfirmDeleteDialog
        open={asking}
        question={t.confirmDelete(live.length, context.hidden)}
        cancelLabel={t.cancel}
        deleteLabel={t.delete}
        onCancel={() => setAsking(false)}
        onConfirm={() => void context.run(t.delete, (onProgress) => setManyDeleted(table, live, true, { onProgress }))}
      />
    </>
  );
}
