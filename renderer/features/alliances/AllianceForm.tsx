import { Alert, Autocomplete, Button, Chip, FormControl, FormControlLabel, FormLabel, MenuItem, Paper, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { Alliance } from '../../../shared/domain/records';
import { allianceKinds, templateKinds } from '../../../shared/domain/vocabulary';
import { numberSeriesValues } from '../../../shared/documents/numbering';
import { AttachmentThumbnails } from '../../components/attachments/AttachmentThumbnails';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { createRecord, updateRecord } from '../../db/mutate';
import { useLocale } from '../../i18n/locale-context';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { allianceMessages } from './messages';
import { useNumberExample } from './use-number-example';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Draft {
  name: string;
  shortName: string;
  kind: Alliance['kind'];
  foundedOn: string;
  region: string;
  guidingDepartments: string[];
  aims: string;
  description: string;
  numberPrefix: string;
  numberPattern: string;
  numberSeries: Alliance['numberSeries'];
  issuerName: string;
  logo: string | null;
  seal: string | null;
  signature: string | null;
}

function draftOf(alliance: Alliance | undefined): Draft {
  return {
    name: alliance?.name ?? '',
    shortName: alliance?.shortName ?? '',
    kind: alliance?.kind ?? 'industry-education-community',
    foundedOn: alliance?.foundedOn ?? '',
    region: alliance?.region ?? '',
    guidingDepartments: alliance?.guidingDepartments ?? [],
    aims: alliance?.aims ?? '',
    description: alliance?.description ?? '',
    numberPrefix: alliance?.numberPrefix ?? '',
    numberPattern: alliance?.numberPattern ?? '{prefix}-{year}-{office}{seq:000}',
    numberSeries: alliance?.numberSeries ?? 'per-kind',
    issuerName: alliance?.issuerName ?? '',
    logo: alliance?.logo ?? null,
    seal: alliance?.seal ?? null,
    signature: alliance?.signature ?? null,
  };
}

/** New or existing alliance; mounted once the record is loaded so the fields start from it. */
export function AllianceForm({ alliance, onSaved, onCancel }: { alliance?: Alliance; onSaved: (id: string) => void; onCancel: () => void }): ReactNode {
  const refusal = useCanSave('alliances', alliance);
  const t = useMessages(allianceMessages);
  const dateInput = useDateInput();
  const { locale } = useLocale();
  const { draft, setDraft, afterSave, releasing } = useGuardedDraft(() => draftOf(alliance));
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, run } = useFieldErrors();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((previous) => ({ ...previous, [key]: value }));
  const example = useNumberExample(draft);
  const text = (key: 'name' | 'shortName' | 'region' | 'aims' | 'description' | 'numberPrefix' | 'numberPattern' | 'issuerName') => ({
    label: t.fields[key],
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: !!errors[key],
    helperText: errors[key],
  });

  const save = (event: SyntheticEvent): void => {
    event.preventDefault();
    setFailed(false);
    setSaving(true);
    const input = { ...draft, foundedOn: draft.foundedOn || null };
    void run(
      () => (alliance ? updateRecord('alliances', alliance.id, input) : createRecord('alliances', input)),
      () => setFailed(true),
    ).then((saved) => {
      setSaving(false);
      if (saved) afterSave(() => onSaved(saved.id));
    });
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={save} noValidate sx={{ p: 3, maxWidth: 900 }}>
      <Stack spacing={2.5}>
        <TextField {...text('name')} required fullWidth slotProps={{ htmlInput: { maxLength: 100 } }} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField {...text('shortName')} fullWidth slotProps={{ htmlInput: { maxLength: 40 } }} />
          <TextField select label={t.fields.kind} value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])} fullWidth error={!!errors.kind} helperText={errors.kind}>
            {vocabularyOptions(allianceKinds, locale).map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField
            label={t.fields.foundedOn}
            type="date"
            value={draft.foundedOn}
            onChange={(e) => set('foundedOn', e.target.value)}
            error={!!errors.foundedOn}
            helperText={errors.foundedOn}
            fullWidth
            slotProps={{ inputLabel: { shrink: true }, input: dateInput }}
          />
          <TextField {...text('region')} fullWidth />
          <TextField {...text('numberPrefix')} helperText={errors.numberPrefix ?? t.numberPrefixHelp} fullWidth />
        </Stack>
        <TextField {...text('numberPattern')} helperText={errors.numberPattern ?? t.numberPatternHelp} fullWidth slotProps={{ htmlInput: { maxLength: 60, spellCheck: false } }} />
        <FormControl>
          <FormLabel id="number-series-label">{t.fields.numberSeries}</FormLabel>
          <RadioGroup row aria-labelledby="number-series-label" value={draft.numberSeries} onChange={(event) => set('numberSeries', event.target.value === 'single' ? 'single' : 'per-kind')}>
            {numberSeriesValues.map((series) => (
              <FormControlLabel key={series} value={series} control={<Radio />} label={t.numberSeries[series]} />
            ))}
          </RadioGroup>
        </FormControl>
        {example && (
          <Stack spacing={0.5}>
            {/* The numbers themselves, not the pattern: what this computer's next documents really get. */}
            <Typography data-testid="number-example" sx={{ fontFamily: 'monospace' }}>
              {example.numbers.length === 0
                ? t.numberExampleNone
                : t.numberExample(
                    example.numbers
                      .map((entry) => (draft.numberSeries === 'single' ? entry.number : t.numberExampleItem(entry.number, templateKinds.label(entry.kind, locale))))
                      .join(locale === 'zh-CN' ? '；' : '; '),
                  )}
            </Typography>
            {example.proposedCode && (
              <Typography variant="body2" color="text.secondary">
                {t.numberExampleProposed(example.proposedCode)}
              </Typography>
            )}
          </Stack>
        )}
        <Autocomplete
          multiple
          freeSolo
          autoSelect
          options={[]}
          value={draft.guidingDepartments}
          onChange={(_event, value) => set('guidingDepartments', [...new Set(value.map((item) => item.trim()).filter((item) => item !== ''))])}
          renderValue={(values, getItemProps) => values.map((value, index) => <Chip {...getItemProps({ index })} key={value} label={value} size="small" />)}
          renderInput={(params) => <TextField {...params} label={t.fields.guidingDepartments} error={!!errors.guidingDepartments} helperText={errors.guidingDepartments ?? t.guidingDepartmentsHelp} />}
        />
        <TextField {...text('issuerName')} placeholder={draft.name} helperText={errors.issuerName ?? t.issuerNameHelp} fullWidth slotProps={{ htmlInput: { maxLength: 100 } }} />
        <TextField {...text('aims')} multiline minRows={2} fullWidth />
        <TextField {...text('description')} multiline minRows={4} fullWidth />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
          <AttachmentThumbnails label={t.fields.logo} max={1} hashes={draft.logo ? [draft.logo] : []} onChange={(hashes) => Promise.resolve(set('logo', hashes[0] ?? null))} />
          <AttachmentThumbnails label={t.fields.seal} max={1} hashes={draft.seal ? [draft.seal] : []} onChange={(hashes) => Promise.resolve(set('seal', hashes[0] ?? null))} />
          <AttachmentThumbnails label={t.fields.signature} max={1} hashes={draft.signature ? [draft.signature] : []} onChange={(hashes) => Promise.resolve(set('signature', hashes[0] ?? null))} />
        </Stack>
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
