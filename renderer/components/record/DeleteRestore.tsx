import { Alert, Button, Tooltip } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import RestoreIcon from '@mui/icons-material/Restore';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RecordTable } from '../../../shared/domain/tables';
import { deleteRecord, restoreRecord } from '../../db/mutate';
import { useMessages } from '../../i18n/use-messages';
import { recordMessages } from './messages';
import { useRecord } from '../../db/queries';
import { useCanEdit } from './use-can-edit';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';

/** The Delete button of a detail view (asks first), or, on a deleted record, a banner with Restore. */
export function DeleteRestore({ table, id, name, deleted, onError }: { table: RecordTable; id: string; name: string; deleted: boolean; onError: (error: unknown) => void }): ReactNode {
  const t = useMessages(recordMessages);
  const [asking, setAsking] = useState(false);
  // What this device's role may not delete or restore shows disabled, with the reason.
  const refusal = useCanEdit(table, useRecord(table, id)).remove;
  if (deleted) {
    return (
      <Alert
        severity="warning"
        action={
          <Tooltip title={refusal ?? ''}>
            <span>
              <Button color="inherit" startIcon={<RestoreIcon />} disabled={refusal !== null} onClick={() => void restoreRecord(table, id).catch(onError)}>
                {t.restore}
              </Button>
            </span>
          </Tooltip>
        }
      >
        {t.deletedBanner}
      </Alert>
    );
  }
  return (
    <>
      <Tooltip title={refusal ?? ''}>
        <span>
          <Button color="error" startIcon={<DeleteOutlinedIcon />} disabled={refusal !== null} onClick={() => setAsking(true)}>
            {t.delete}
          </Button>
        </span>
      </Tooltip>
      <ConfirmDeleteDialog
        open={asking}
        question={t.confirmDelete(name)}
        cancelLabel={t.cancel}
        deleteLabel={t.delete}
        onCancel={() => setAsking(false)}
        onConfirm={() => void deleteRecord(table, id).catch(onError)}
      />
    </>
  );
}
