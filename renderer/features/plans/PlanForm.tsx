import { Alert, Box, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { ActionPlan } from '../../../shared/domain/plans';
import { planStatuses } from '../../../shared/domain/vocabulary';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { savePlan } from './save-plan';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Draft {
  allianceId: string | null;
  title: string;
  periodFrom: string;
  periodTo: string;
  status: ActionPlan['status'];
  adoptedEventId: string | null;
  issuer: string;
  documentNumber: string;
  issuedOn: string;
}

function initialDraft(plan: ActionPlan | undefined, allianceId: string | null): Draft {
  if (plan) {
    const { title, status, adoptedEventId, issuer, documentNumber } = plan;
    return { allianceId: plan.allianceId, title, periodFrom: String(plan.periodFrom), periodTo: String(plan.periodTo), status, adoptedEventId, issuer, documentNumber, issuedOn: plan.issuedOn ?? '' };
  }
  const year = new Date().getFullYear();
  return { allianceId, title: '', periodFrom: String(year), periodTo: String(year + 2), status: 'draft', adoptedEventId: null, issuer: '', documentNumber: '', issuedOn: '' };
}

/** The plan's own fields; its sections and tasks are edited on its page. */
export function PlanForm({ plan, allianceId = null, onSaved, onCancel }: { plan?: ActionPlan; allianceId?: string | null; onSaved: (id: string) => void; onCancel: () => void }): ReactNode {
  const refusal = useCanSave('actionPlans', plan);
  const t = useMessages(planMessages);
  const dateInput = useDateInput();
  const { locale } = useLocale();
  const { draft, setDraft, afterSave, releasing } = useGuardedDraft<Draft>(() => initialDraft(plan, allianceId));
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, run } = useFieldErrors();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'title' | 'issuer' | 'documentNumber', maxLength: number, helperText?: string) => ({
    label: t.fields[key],
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: !!errors[key],
    helperText: errors[key] ?? helperText,
    fullWidth: true,
    slotProps: { htmlInput: { maxLength } },
  });
  const year = (key: 'periodFrom' | 'periodTo') => ({
    label: t.fields[key],
    type: 'number',
    required: true,
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: !!errors[key],
    helperText: errors[key],
    slotProps: { htmlInput: { min: 2000, max: 2100, step: 1 } },
    sx: { width: 160 },
  });

  const save = (submitted: SyntheticEvent): void => {
    submitted.preventDefault();
    setFailed(false);
    setSaving(true);
    const input = {
      ...draft,
      allianceId: draft.allianceId ?? '',
      // An empty or partial year goes to the schema as NaN, which it names as invalid under the field.
      periodFrom: draft.periodFrom === '' ? Number.NaN : Number(draft.periodFrom),
      periodTo: draft.periodTo === '' ? Number.NaN : Number(draft.periodTo),
      issuedOn: draft.issuedOn || null,
    };
    void run(() => savePlan(input, plan), () => setFailed(true)).then((saved) => {
      setSaving(false);
      if (saved) afterSave(() => onSaved(saved.id));
    });
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={save} noValidate sx={{ p: 3, maxWidth: 900 }}>
      <Stack spacing={2.5}>
        <RecordPicker table="alliances" label={t.fields.allianceId} required value={draft.allianceId} onChange={(id) => set('allianceId', id)} error={errors.allianceId} />
        <TextField {...text('title', 200, t.titleHelp)} required />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField {...year('periodFrom')} />
          <TextField {...year('periodTo')} />
          <TextField select label={t.fields.status} value={draft.status} onChange={(event) => set('status', event.target.value as Draft['status'])} sx={{ minWidth: 180 }}>
            {vocabularyOptions(planStatuses, locale).map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ flexGrow: 1 }}>
            <RecordPicker table="events" label={t.fields.adoptedEventId} value={draft.adoptedEventId} onChange={(id) => set('adoptedEventId', id)} error={errors.adoptedEventId} />
          </Box>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField {...text('issuer', 100, t.issuerHelp)} />
          <TextField {...text('documentNumber', 60, t.documentNumberHelp)} />
          <TextField
            label={t.fields.issuedOn}
            type="date"
            value={draft.issuedOn}
            onChange={(event) => set('issuedOn', event.target.value)}
            error={!!errors.issuedOn}
            helperText={errors.issuedOn}
            slotProps={{ inputLabel: { shrink: true }, input: dateInput }}
            sx={{ minWidth: 200 }}
          />
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
