import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Participant } from '../../../../shared/domain/records';
import { participantRoles } from '../../../../shared/domain/vocabulary';
import { addParticipants } from '../../../db/bulk-actions';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { RecordPicker } from '../../record/RecordPicker';
import { vocabularyOptions } from '../../record/vocabulary-options';
import { bulkMessages } from '../bulk-messages';
import type { BulkContext, ListRow } from '../RecordList';

/** Adds the selected units or people as participants of one event, in one role. */
export function BulkAddToEvent<R extends ListRow>({ target, context }: { target: 'units' | 'people'; context: BulkContext<R> }): ReactNode {
  const t = useMessages(bulkMessages);
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const [eventId, setEventId] = useState<string | null>(null);
  const [role, setRole] = useState<Participant['role']>(target === 'units' ? 'representative' : 'expert');
  const ids = context.rows.filter((row) => !row.deleted).map((row) => row.id);
  if (ids.length === 0) return null;

  const apply = (): void => {
    if (!eventId) return;
    setOpen(false);
    void context.run(t.addToEvent, (onProgress) => addParticipants(eventId, target === 'units' ? { unitIds: ids } : { personIds: ids }, role, { onProgress }));
  };

  return (
    <>
      <Button size="small" startIcon={<EventIcon />} disabled={context.running} onClick={() => setOpen(true)}>
        {t.addToEvent}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t.addToEvent}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <RecordPicker table="events" label={t.event} required value={eventId} onChange={setEventId} />
            <TextField select label={t.participantRole} value={role} onChange={(event) => setRole(event.target.value as Participant['role'])}>
              {vocabularyOptions(participantRoles, locale).map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t.cancel}</Button>
          <Button variant="contained" disabled={!eventId} onClick={apply}>
            {t.apply}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
