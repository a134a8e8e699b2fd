import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { EventRecord } from '../../../shared/domain/records';
import { eventKinds } from '../../../shared/domain/vocabulary';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { eventMessages } from './messages';
import { saveEvent } from './save-event';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Draft {
  allianceId: string | null;
  kind: EventRecord['kind'];
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  hostUnitId: string | null;
}

export interface EventFormProps {
  event?: EventRecord;
  participantIds?: readonly string[];
  /** The alliance a new event starts in (from `?alliance=` when opened from an overview). */
  allianceId?: string | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

/** The event's own fields; agenda, participants, minutes and photos are edited on its page. */
export function EventForm({ event, participantIds = [], allianceId = null, onSaved, onCancel }: EventFormProps): ReactNode {
  const refusal = useCanSave('events', event);
  const t = useMessages(eventMessages);
  const dateInput = useDateInput();
  const { locale } = useLocale();
  const { draft, setDraft, afterSave, releasing } = useGuardedDraft<Draft>(() => ({
    allianceId: event?.allianceId ?? allianceId,
    kind: event?.kind ?? 'seminar',
    title: event?.title ?? '',
    startsOn: event?.startsOn ?? '',
    endsOn: event?.endsOn ?? '',
    venue: event?.venue ?? '',
    hostUnitId: event?.hostUnitId ?? null,
  }));
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, run } = useFieldErrors();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((previous) => ({ ...previous, [key]: value }));
  const date = (key: 'startsOn' | 'endsOn', required = false) => ({
    label: t.fields[key],
    type: 'date',
    required,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    error: !!errors[key],
    helperText: errors[key],
    fullWidth: true,
    slotProps: { inputLabel: { shrink: true }, input: dateInput },
  });

  const save = (submitted: SyntheticEvent): void => {
    submitted.preventDefault();
    setFailed(false);
    setSaving(true);
    const input = { ...draft, allianceId: draft.allianceId ?? '', endsOn: draft.endsOn || null };
    void run(() => saveEvent(input, event && { event, participantIds }), () => setFailed(true)).then((saved) => {
      setSaving(false);
      if (saved) afterSave(() => onSaved(saved.id));
    });
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={save} noValidate sx={{ p: 3, maxWidth: 900 }}>
      <Stack spacing={2.5}>
        <RecordPicker table="alliances" label={t.fields.allianceId} required value={draft.allianceId} onChange={(id) => set('allianceId', id)} error={errors.allianceId} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField select label={t.fields.kind} value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])} error={!!errors.kind} helperText={errors.kind} sx={{ minWidth: 220 }}>
            {vocabularyOptions(eventKinds, locale).map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t.fields.title}
            required
            fullWidth
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            error={!!errors.title}
            helperText={errors.title}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField {...date('startsOn', true)} />
          <TextField {...date('endsOn')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: draft.startsOn || undefined } }} />
        </Stack>
        <TextField label={t.fields.venue} value={draft.venue} onChange={(e) => set('venue', e.target.value)} error={!!errors.venue} helperText={errors.venue} fullWidth />
        <RecordPicker table="units" label={t.fields.hostUnitId} value={draft.hostUnitId} onChange={(id) => set('hostUnitId', id)} error={errors.hostUnitId} />
        {failed && <Alert severity="error">{t.saveFailed}</Alert>}
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={releasing(onCancel)}>{t.cancel}</Button>
          <RefusableButton refusal={refusal} showReason type="submit" variant="contained" disabled={saving}>
            {t.save}
          </RefusableButton>
        </Stack>
      </Stack>
    </Paper>
  );
}
