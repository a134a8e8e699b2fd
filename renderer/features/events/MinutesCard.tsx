import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { EventRecord } from '../../../shared/domain/records';
import { useUnsavedGuard } from '../../components/record/use-unsaved-guard';
import { updateRecord } from '../../db/mutate';
import { useMessages } from '../../i18n/use-messages';
import { eventMessages } from './messages';

/** The minutes, saved on demand; until the user types, the field follows the stored text (and sync). */
export function MinutesCard({ event, disabled, onFailed }: { event: EventRecord; disabled: boolean; onFailed: () => void }): ReactNode {
  const t = useMessages(eventMessages);
  const [draft, setDraft] = useState<string | null>(null);
  const changed = draft !== null && draft !== event.minutes;
  useUnsavedGuard(changed);
  const save = (): void => {
    if (draft === null) return;
    updateRecord('events', event.id, { minutes: draft }).then(() => setDraft(null), onFailed);
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.fields.minutes}
        </Typography>
        <TextField
          multiline
          minRows={5}
          fullWidth
          value={draft ?? event.minutes}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t.minutesHelp}
          disabled={disabled}
          slotProps={{ htmlInput: { 'aria-label': t.fields.minutes, maxLength: 20000 } }}
        />
        {changed && (
          <Stack direction="row" spacing={1} sx={{ mt: 1, justifyContent: 'flex-end' }}>
            <Button onClick={() => setDraft(null)}>{t.discard}</Button>
            <Button variant="contained" onClick={save}>
              {t.save}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
