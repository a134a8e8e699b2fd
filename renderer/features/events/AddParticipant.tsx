import { Alert, Button, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { EventRecord, Participant } from '../../../shared/domain/records';
import { participantRoles } from '../../../shared/domain/vocabulary';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { createRecord } from '../../db/mutate';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { eventMessages } from './messages';

type Target = 'person' | 'unit';

/** A person or a unit attends the event in a role; the participant belongs to the event's alliance. */
export function AddParticipant({ event, participants, onFailed }: { event: EventRecord; participants: readonly Participant[]; onFailed: () => void }): ReactNode {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const [target, setTarget] = useState<Target>('unit');
  const [chosen, setChosen] = useState<string | null>(null);
  const [role, setRole] = useState<Participant['role']>('representative');
  const [duplicate, setDuplicate] = useState(false);
  const { errors, run, clear } = useFieldErrors();

  const add = (): void => {
    const personId = target === 'person' ? chosen : null;
    const unitId = target === 'unit' ? chosen : null;
    const listed = participants.some((p) => p.role === role && p.personId === personId && p.unitId === unitId);
    setDuplicate(listed);
    if (listed) return;
    void run(() => createRecord('participants', { allianceId: event.allianceId, eventId: event.id, personId, unitId, role }), onFailed).then((created) => {
      if (created) setChosen(null);
    });
  };

  return (
    <Stack spacing={1}>
      {/*
        Two rows, never one: beside the event's details the card is about 600 px wide at 1,400 px,
        and one row squeezed the toggle and the button to a character a line (单/位, 添/加).
      */}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-start' } }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={target}
          onChange={(_event, value: Target | null) => {
            if (!value) return;
            setTarget(value);
            setChosen(null);
            setRole(value === 'unit' ? 'representative' : 'expert');
            clear();
          }}
          sx={{ height: 56, flexShrink: 0, '& .MuiToggleButton-root': { whiteSpace: 'nowrap' } }}
        >
          <ToggleButton value="unit">{t.participants.unit}</ToggleButton>
          <ToggleButton value="person">{t.participants.person}</ToggleButton>
        </ToggleButtonGroup>
        <Stack sx={{ flexGrow: 1, minWidth: 260 }}>
          <RecordPicker
            key={target}
            table={target === 'person' ? 'people' : 'units'}
            label={target === 'person' ? t.participants.person : t.participants.unit}
            value={chosen}
            onChange={(id) => {
              setChosen(id);
              setDuplicate(false);
            }}
            error={errors.personId ?? errors.unitId}
          />
        </Stack>
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <TextField select label={t.participants.role} value={role} onChange={(e) => setRole(e.target.value as Participant['role'])} sx={{ minWidth: 200 }}>
          {vocabularyOptions(participantRoles, locale).map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={add} sx={{ height: 56, flexShrink: 0, whiteSpace: 'nowrap' }}>
          {t.participants.add}
        </Button>
      </Stack>
      {duplicate && <Alert severity="info">{t.participants.already}</Alert>}
    </Stack>
  );
}
