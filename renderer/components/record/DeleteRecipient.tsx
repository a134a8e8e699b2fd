import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { recordMessages } from './messages';
import { recipientMessages } from './recipient-messages';
import { useDeleteRecipient } from './use-delete-recipient';
import { useRecord } from '../../db/queries';
import { useCanEdit } from './use-can-edit';

/**
 * The Delete button of a unit or person. When the recipient holds issued documents that are still
 * valid, the dialog names them and offers to revoke them in the same step (DESIGN.md §2: a
 * revoked document, or one whose recipient is deleted, leaves the print queue).
 */
export function DeleteRecipient({ table, id, name, onError }: { table: 'units' | 'people'; id: string; name: string; onError: (error: unknown) => void }): ReactNode {
  // What this device's role may not delete shows disabled, with the reason.
  const refusal = useCanEdit(table, useRecord(table, id)).remove;
  const record = useMessages(recordMessages);
  const t = useMessages(recipientMessages);
  const kind = table === 'units' ? 'unit' : 'person';
  const state = useDeleteRecipient(table, id, t.defaultReason(kind), onError);
  const held = state.held ?? [];
  const revoking = state.revoke && held.length > 0;
  return (
    <>
      <Button color="error" startIcon={<DeleteOutlinedIcon />} onClick={state.ask} disabled={state.held === undefined || refusal !== null} title={refusal ?? undefined}>
        {record.delete}
      </Button>
      <Dialog open={state.asking} onClose={state.close} fullWidth maxWidth="sm">
        <DialogTitle sx={{ overflowWrap: 'anywhere' }}>{t.heading(name)}</DialogTitle>
        <DialogContent>
          {held.length === 0 ? (
            <DialogContentText>{record.confirmDelete(name)}</DialogContentText>
          ) : (
            <Stack spacing={2}>
              <Alert severity="warning">
                {t.holds(kind, held.length)} {t.leavesQueue}
              </Alert>
              <Typography data-testid="held-documents" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                {t.numbers}：{held.map((document) => document.number).join('、')}
              </Typography>
              <FormControlLabel control={<Checkbox checked={state.revoke} onChange={(event) => state.setRevoke(event.target.checked)} />} label={t.revokeToo(held.length)} />
              {state.revoke && (
                <TextField
                  fullWidth
                  label={t.reason}
                  value={state.reason}
                  onChange={(event) => state.setReason(event.target.value)}
                  error={state.reasonMissing}
                  helperText={state.reasonMissing ? t.reasonRequired : undefined}
                  slotProps={{ htmlInput: { maxLength: 500 } }}
                />
              )}
              <DialogContentText>{record.confirmDelete(name)}</DialogContentText>
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={state.close}>{record.cancel}</Button>
          <Button color="error" variant={revoking ? 'contained' : 'text'} onClick={state.confirm}>
            {revoking ? t.deleteAndRevoke(held.length) : t.deleteOnly}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
