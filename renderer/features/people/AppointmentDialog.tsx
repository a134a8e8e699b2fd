import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import type { ReactNode, SyntheticEvent } from 'react';
import type { Appointment } from '../../../shared/domain/records';
import { appointmentBodies, appointmentRoles } from '../../../shared/domain/vocabulary';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { createRecord, updateRecord } from '../../db/mutate';
import { useLocale } from '../../i18n/locale-context';
import { problemMessages } from '../../i18n/problems';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Values {
  allianceId: string | null;
  body: Appointment['body'] | '';
  role: Appointment['role'] | '';
  termStart: string;
  termEnd: string;
}

function initialValues(appointment: Appointment | undefined): Values {
  if (!appointment) return { allianceId: null, body: '', role: '', termStart: '', termEnd: '' };
  const { allianceId, body, role, termStart, termEnd } = appointment;
  return { allianceId, body, role, termStart: termStart ?? '', termEnd: termEnd ?? '' };
}

/** Appoints the person to a body of an alliance for a term, or changes an appointment. */
export function AppointmentDialog({ personId, appointment, onClose, onSaved, onError }: { personId: string; appointment: Appointment | undefined; onClose: () => void; onSaved: () => void; onError: (error: unknown) => void }): ReactNode {
  const refusal = useCanSave('appointments', appointment);
  const { locale } = useLocale();
  const t = useMessages(peopleMessages);
  const dateInput = useDateInput();
  const problems = useMessages(problemMessages);
  const { errors, run } = useFieldErrors();
  const { draft: values, setDraft: setValues } = useGuardedDraft(() => initialValues(appointment));
  const set = <K extends keyof Values>(key: K, value: Values[K]): void => setValues((previous) => ({ ...previous, [key]: value }));
  const fields = t.appointmentFields;

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    // Empty choices go to the data layer as they are: it refuses them and names the fields.
    const input = {
      allianceId: values.allianceId ?? '',
      personId,
      body: values.body as Appointment['body'],
      role: values.role as Appointment['role'],
      termStart: values.termStart || null,
      termEnd: values.termEnd || null,
    };
    void run(() => (appointment ? updateRecord('appointments', appointment.id, input) : createRecord('appointments', input)), onError).then((saved) => {
      if (saved) onSaved();
    });
  };
  // A missing choice reads to the schema as an invalid one; to the user it is missing.
  const missing = (key: 'allianceId' | 'body' | 'role'): string | undefined => (errors[key] && !values[key] ? problems.required : errors[key]);
  const select = (key: 'body' | 'role', options: { value: string; label: string }[]): ReactNode => (
    <TextField select required label={fields[key]} value={values[key]} onChange={(event) => set(key, event.target.value as Values[typeof key])} error={!!missing(key)} helperText={missing(key)}>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const date = (key: 'termStart' | 'termEnd'): ReactNode => (
    <TextField
      type="date"
      label={fields[key]}
      value={values[key]}
      onChange={(event) => set(key, event.target.value)}
      error={!!errors[key]}
      helperText={errors[key]}
      slotProps={{ inputLabel: { shrink: true }, input: dateInput }}
      fullWidth
    />
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle>{appointment ? t.editAppointment : t.addAppointment}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <RecordPicker table="alliances" label={fields.allianceId} required value={values.allianceId} onChange={(id) => set('allianceId', id)} error={missing('allianceId')} />
            {select('body', vocabularyOptions(appointmentBodies, locale))}
            {select('role', vocabularyOptions(appointmentRoles, locale))}
            <Stack direction="row" spacing={2}>
              {date('termStart')}
              {date('termEnd')}
            </Stack>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t.cancel}</Button>
          <RefusableButton refusal={refusal} showReason type="submit" variant="contained">
            {t.save}
          </RefusableButton>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
