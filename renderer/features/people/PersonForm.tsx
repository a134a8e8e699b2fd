import { Box, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { RecordInput } from '../../../shared/domain/tables';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import type { PersonFormValues } from './person-form-values';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';

type TextKey = Exclude<keyof PersonFormValues, 'unitId'>;

interface PersonFormProps<R> {
  initial: PersonFormValues;
  save: (input: RecordInput<'people'>) => Promise<R>;
  onSaved: (result: R) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
}

/** The fields of a person, for a new person and for editing one; the data layer judges the values. */
export function PersonForm<R>({ initial, save, onSaved, onCancel, onError }: PersonFormProps<R>): ReactNode {
  const t = useMessages(peopleMessages);
  const { errors, run } = useFieldErrors();
  const { draft: values, setDraft: setValues, afterSave, releasing } = useGuardedDraft(initial);
  const [saving, setSaving] = useState(false);

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setSaving(true);
    void run(() => save(values), onError).then((result) => {
      setSaving(false);
      if (result !== undefined) afterSave(() => onSaved(result));
    });
  };

  const text = (key: TextKey, options: { required?: boolean; type?: string; multiline?: boolean } = {}): ReactNode => (
    <TextField
      label={t.fields[key]}
      value={values[key]}
      onChange={(event) => setValues((previous) => ({ ...previous, [key]: event.target.value }))}
      required={options.required}
      type={options.type}
      multiline={options.multiline}
      minRows={options.multiline ? 3 : undefined}
      error={errors[key] !== undefined}
      helperText={errors[key]}
      fullWidth
      sx={options.multiline ? { gridColumn: '1 / -1' } : undefined}
    />
  );

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        {text('name', { required: true })}
        <RecordPicker table="units" label={t.fields.unitId} value={values.unitId} onChange={(unitId) => setValues((previous) => ({ ...previous, unitId }))} error={errors.unitId} />
        {text('position')}
        {text('title')}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        {text('expertise', { multiline: true })}
      </Box>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={saving}>
          {t.save}
        </Button>
        <Button onClick={releasing(onCancel)}>{t.cancel}</Button>
      </Stack>
    </Stack>
  );
}
