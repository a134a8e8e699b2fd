import { Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { AllianceFigure } from '../../../shared/domain/alliance-figures';
import { ownFigureKinds } from '../../../shared/domain/vocabulary';
import { createRecord, updateRecord } from '../../db/mutate';
import { useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { reportMessages } from './messages';
import type { OwnFigureKind } from './own-figures';
import { ownFigureRows, parseFigureValue } from './own-figures';

/** The figures the registry cannot count, typed in per year with their source. */
export function OwnFiguresCard({ allianceId, year, onMessage }: { allianceId: string; year: number; onMessage: (message: string) => void }): ReactNode {
  const t = useMessages(reportMessages);
  const figures = useRecords('allianceFigures');
  if (!figures) return null;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {t.ownFigures}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t.ownFiguresHelp}
        </Typography>
        <Stack spacing={1.5}>
          {ownFigureRows(figures, allianceId, year).map(({ kind, record }) => (
            <OwnFigureRow key={`${String(year)}-${kind}-${record?.id ?? 'new'}`} allianceId={allianceId} year={year} kind={kind} record={record} onMessage={onMessage} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}

function OwnFigureRow({ allianceId, year, kind, record, onMessage }: { allianceId: string; year: number; kind: OwnFigureKind; record: AllianceFigure | undefined; onMessage: (message: string) => void }): ReactNode {
  const t = useMessages(reportMessages);
  const { locale } = useLocale();
  const [value, setValue] = useState(record ? String(record.value) : '');
  const [source, setSource] = useState(record?.source ?? '');
  const parsed = parseFigureValue(value);
  const invalid = value.trim() !== '' && parsed === null;
  const changed = value !== (record ? String(record.value) : '') || source !== (record?.source ?? '');
  const label = ownFigureKinds.label(kind, locale);

  const save = (): void => {
    if (parsed === null) return;
    const saving = record ? updateRecord('allianceFigures', record.id, { value: parsed, source }) : createRecord('allianceFigures', { allianceId, year, kind, value: parsed, source });
    saving.then(
      () => onMessage(t.saved),
      () => onMessage(t.saveFailed),
    );
  };

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'flex-start' } }}>
      <Typography sx={{ minWidth: 200, pt: { md: 1 } }}>{label}</Typography>
      <TextField
        size="small"
        label={t.value}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={invalid}
        helperText={invalid ? t.invalidValue : undefined}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${label} ${t.value}` } }}
        sx={{ width: 140 }}
      />
      <TextField size="small" label={t.source} value={source} onChange={(e) => setSource(e.target.value)} slotProps={{ htmlInput: { maxLength: 200, 'aria-label': `${label} ${t.source}` } }} sx={{ flexGrow: 1 }} />
      <Button onClick={save} disabled={!changed || parsed === null}>
        {t.save}
      </Button>
    </Stack>
  );
}
