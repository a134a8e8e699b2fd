import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ChangeEvent, ReactNode } from 'react';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import { backgroundModes, orientations, paperSizes, templateKinds } from '../../../../shared/domain/vocabulary';
import { RecordPicker } from '../../../components/record/RecordPicker';
import { vocabularyOptions } from '../../../components/record/vocabulary-options';
import { storeAttachment } from '../../../db/attachments';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { editorMessages } from './messages';
import { NumberField } from './NumberField';

const frames = ['none', 'red-double', 'gold-ornate'] as const;

function Select<V extends string>({ label, value, options, onChange, disabled }: { label: string; value: V; options: { value: V; label: string }[]; onChange: (value: V) => void; disabled: boolean }): ReactNode {
  return (
    <TextField select size="small" label={label} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as V)} sx={{ minWidth: 160 }}>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The template's name, kind, alliance, paper (A4, A3 or custom mm), frame and background scan. */
export function PageSettings({ draft, onChange, disabled }: { draft: DocumentTemplate; onChange: (patch: Partial<DocumentTemplate>) => void; disabled: boolean }): ReactNode {
  const t = useMessages(editorMessages);
  const { locale } = useLocale();
  const [failed, setFailed] = useState(false);
  const upload = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFailed(false);
    storeAttachment(file).then(
      (sha256) => onChange({ background: sha256 }),
      () => setFailed(true),
    );
  };
  return (
    <Stack spacing={2}>
      <TextField label={t.name} value={draft.name} required disabled={disabled} onChange={(event) => onChange({ name: event.target.value })} slotProps={{ htmlInput: { maxLength: 100 } }} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Select label={t.kind} value={draft.kind} options={vocabularyOptions(templateKinds, locale)} onChange={(kind) => onChange({ kind })} disabled={disabled} />
        <Stack sx={{ flexGrow: 1, minWidth: 240 }}>
          {disabled ? (
            <TextField size="small" label={t.alliance} value={t.allAlliances} disabled />
          ) : (
            <RecordPicker table="alliances" label={`${t.alliance}（${t.allAlliances}）`} value={draft.allianceId} onChange={(allianceId) => onChange({ allianceId })} />
          )}
        </Stack>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Select label={t.paper} value={draft.paper} options={vocabularyOptions(paperSizes, locale)} onChange={(paper) => onChange({ paper })} disabled={disabled} />
        {draft.paper === 'custom' ? (
          <>
            <NumberField label={t.widthMm} value={draft.widthMm} min={50} max={1000} disabled={disabled} onChange={(widthMm) => onChange({ widthMm })} />
            <NumberField label={t.heightMm} value={draft.heightMm} min={50} max={1000} disabled={disabled} onChange={(heightMm) => onChange({ heightMm })} />
          </>
        ) : (
          <Select label={t.orientation} value={draft.orientation} options={vocabularyOptions(orientations, locale)} onChange={(orientation) => onChange({ orientation })} disabled={disabled} />
        )}
        <Select label={t.frame} value={draft.frame} options={frames.map((frame) => ({ value: frame, label: t.frames[frame] }))} onChange={(frame) => onChange({ frame })} disabled={disabled} />
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} useFlexGap>
        <Button component="label" disabled={disabled}>
          {t.uploadBackground}
          <input hidden type="file" accept="image/png,image/jpeg,image/webp" onChange={upload} />
        </Button>
        {draft.background && (
          <Button color="error" disabled={disabled} onClick={() => onChange({ background: null })}>
            {t.removeBackground}
          </Button>
        )}
        <Select label={t.backgroundMode} value={draft.backgroundMode} options={vocabularyOptions(backgroundModes, locale)} onChange={(backgroundMode) => onChange({ backgroundMode })} disabled={disabled || !draft.background} />
      </Stack>
      {draft.background && <Alert severity="info">{t.backgroundHelp}</Alert>}
      {failed && <Alert severity="error">{t.uploadFailed}</Alert>}
    </Stack>
  );
}
