import { Box, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { unitKinds } from '../../../shared/domain/vocabulary';
import type { RecordInput } from '../../../shared/domain/tables';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { problemMessages } from '../../i18n/problems';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import type { UnitFormValues } from './unit-form-values';
import { unitInput } from './unit-form-values';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';

type TextKey = Exclude<keyof UnitFormValues, 'kind'>;

interface UnitFormProps<R> {
  initial: UnitFormValues;
  save: (input: RecordInput<'units'>) => Promise<R>;
  onSaved: (result: R) => void;
  onCancel: () => void;
  onError: (error: unknown) => void;
}

/** The fields of a unit, for a new unit and for editing one; the data layer judges the values. */
export function UnitForm<R>({ initial, save, onSaved, onCancel, onError }: UnitFormProps<R>): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(unitMessages);
  const problems = useMessages(problemMessages);
  const { errors, run } = useFieldErrors();
  const { draft: values, setDraft: setValues, afterSave, releasing } = useGuardedDraft(initial);
  const [saving, setSaving] = useState(false);

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    setSaving(true);
    void run(() => save(unitInput(values)), onError).then((result) => {
      setSaving(false);
      if (result !== undefined) afterSave(() => onSaved(result));
    });
  };

  const text = (key: TextKey, options: { required?: boolean; helperText?: string; type?: string } = {}): ReactNode => (
    <TextField
      label={t.fields[key]}
      value={values[key]}
      onChange={(event) => setValues((previous) => ({ ...previous, [key]: event.target.value }))}
      required={options.required}
      type={options.type}
      error={errors[key] !== undefined}
      helperText={errors[key] ?? options.helperText}
      fullWidth
    />
  );
  // The schema words an unchosen kind as an invalid choice; to the user it is a missing one.
  const kindError = errors.kind && values.kind === '' ? problems.required : errors.kind;

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        {text('name', { required: true })}
        {text('shortName')}
        <TextField
          select
          label={t.fields.kind}
          value={values.kind}
          onChange={(event) => setValues((previous) => ({ ...previous, kind: event.target.value as UnitFormValues['kind'] }))}
          required
          error={kindError !== undefined}
          helperText={kindError}
          fullWidth
        >
          {vocabularyOptions(unitKinds, locale).map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        {text('creditCode', { helperText: t.creditCodeHelp })}
        {text('region')}
        {text('address')}
        {text('contactName')}
        {text('contactPhone', { type: 'tel' })}
        {text('contactEmail', { type: 'email' })}
        {text('website')}
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
