import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { Agreement } from '../../../shared/domain/records';
import { agreementKinds, agreementStatuses } from '../../../shared/domain/vocabulary';
import { RecordMultiPicker, RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { agreementMessages } from './messages';
import { saveAgreement } from './save-agreement';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Draft {
  allianceId: string | null;
  kind: Agreement['kind'];
  title: string;
  partyUnitIds: string[];
  signatoryIds: string[];
  signedOn: string;
  eventId: string | null;
  termStart: string;
  termEnd: string;
  status: Agreement['status'];
}

type DateKey = 'signedOn' | 'termStart' | 'termEnd';

/** The agreement's fields; its scans are added on its page. */
export function AgreementForm({ agreement, allianceId = null, onSaved, onCancel }: { agreement?: Agreement; allianceId?: string | null; onSaved: (id: string) => void; onCancel: () => void }): ReactNode {
  const refusal = useCanSave('agreements', agreement);
  const t = useMessages(agreementMessages);
  const dateInput = useDateInput();
  const { locale } = useLocale();
  const { draft, setDraft, afterSave, releasing } = useGuardedDraft<Draft>(() => ({
    allianceId: agreement?.allianceId ?? allianceId,
    kind: agreement?.kind ?? 'school-enterprise-cooperation',
    title: agreement?.title ?? '',
    partyUnitIds: agreement?.partyUnitIds ?? [],
    signatoryIds: agreement?.signatoryIds ?? [],
    signedOn: agreement?.signedOn ?? '',
    eventId: agreement?.eventId ?? null,
    termStart: agreement?.termStart ?? '',
    termEnd: agreement?.termEnd ?? '',
    status: agreement?.status ?? 'active',
  }));
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, run } = useFieldErrors();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((previous) => ({ ...previous, [key]: value }));
  const date = (key: DateKey) => ({
    label: t.fields[key],
    type: 'date',
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
    const input = {
      ...draft,
      allianceId: draft.allianceId ?? '',
      signedOn: draft.signedOn || null,
      termStart: draft.termStart || null,
      termEnd: draft.termEnd || null,
    };
    void run(() => saveAgreement(input, agreement), () => setFailed(true)).then((saved) => {
      setSaving(false);
      if (saved) afterSave(() => onSaved(saved.id));
    });
  };

  return (
    <Paper variant="outlined" component="form" onSubmit={save} noValidate sx={{ p: 3, maxWidth: 900 }}>
      <Stack spacing={2.5}>
        <RecordPicker table="alliances" label={t.fields.allianceId} required value={draft.allianceId} onChange={(id) => set('allianceId', id)} error={errors.allianceId} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField select label={t.fields.kind} value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])} sx={{ minWidth: 220 }}>
            {vocabularyOptions(agreementKinds, locale).map((option) => (
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
        <Stack spacing={0.5}>
          <RecordMultiPicker table="units" label={t.fields.partyUnitIds} required value={draft.partyUnitIds} onChange={(ids) => set('partyUnitIds', ids)} error={errors.partyUnitIds} />
          {!errors.partyUnitIds && (
            <Typography variant="caption" color="text.secondary" sx={{ pl: 1.75 }}>
              {t.partiesHelp}
            </Typography>
          )}
        </Stack>
        <RecordMultiPicker table="people" label={t.fields.signatoryIds} value={draft.signatoryIds} onChange={(ids) => set('signatoryIds', ids)} error={errors.signatoryIds} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField {...date('signedOn')} fullWidth={false} sx={{ minWidth: 220 }} />
          <Box sx={{ flexGrow: 1 }}>
            <RecordPicker table="events" label={t.fields.eventId} value={draft.eventId} onChange={(id) => set('eventId', id)} error={errors.eventId} />
          </Box>
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <TextField {...date('termStart')} />
          <TextField {...date('termEnd')} />
          <TextField select label={t.fields.status} value={draft.status} onChange={(e) => set('status', e.target.value as Draft['status'])} fullWidth>
            {vocabularyOptions(agreementStatuses, locale).map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
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
