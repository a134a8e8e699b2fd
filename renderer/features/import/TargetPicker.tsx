import { Alert, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useRecords } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import type { ImportKind } from './import-fields';
import type { ImportTarget, TargetProblem } from './import-target';
import { importMessages } from './messages';

const noAlliance = 'none';

/** The alliance a member list or a committee is imported into, or the event of a sign-in list. */
export function TargetPicker({ kind, target, problem, onChange }: { kind: ImportKind; target: ImportTarget; problem: TargetProblem; onChange: (target: ImportTarget) => void }): ReactNode {
  const t = useMessages(importMessages);
  const alliances = useRecords('alliances');
  if (kind === 'participants') {
    return (
      <Stack spacing={1}>
        <RecordPicker table="events" label={t.target.event} required value={target.eventId} onChange={(eventId) => onChange({ ...target, eventId })} error={problem === 'event-missing' ? t.target.eventMissing : undefined} />
        <Typography variant="body2" color="text.secondary">
          {t.target.help.participants}
        </Typography>
      </Stack>
    );
  }
  const live = (alliances ?? []).filter((alliance) => !alliance.deleted);
  return (
    <Stack spacing={1}>
      <TextField
        select
        label={t.target.alliance}
        value={target.allianceId ?? noAlliance}
        onChange={(event) => onChange({ ...target, allianceId: event.target.value === noAlliance ? null : event.target.value })}
        error={problem === 'alliance-missing'}
        sx={{ maxWidth: 520 }}
      >
        <MenuItem value={noAlliance}>{t.target.noAlliance}</MenuItem>
        {live.map((alliance) => (
          <MenuItem key={alliance.id} value={alliance.id}>
            {alliance.name}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" color="text.secondary">
        {t.target.help[kind]}
      </Typography>
      {alliances && live.length === 0 && <Alert severity="info">{t.target.none}</Alert>}
      {problem === 'alliance-missing' && <Alert severity="warning">{t.target.allianceMissing}</Alert>}
    </Stack>
  );
}
