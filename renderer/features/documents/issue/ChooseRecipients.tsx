import { Alert, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { appointmentBodies, membershipRoles, unitKinds } from '../../../../shared/domain/vocabulary';
import { RecordMultiPicker, RecordPicker } from '../../../components/record/RecordPicker';
import { vocabularyOptions } from '../../../components/record/vocabulary-options';
import { useLocale } from '../../../i18n/locale-context';
import { useDateInput } from '../../../components/date-input/use-date-input';
import { useMessages } from '../../../i18n/use-messages';
import type { TemplateKind } from '../template-kinds';
import { pickedBy, recipientSourceOf } from '../template-kinds';
import type { TemplateEntry } from '../use-templates';
import { issueMessages } from './messages';

export interface IssueChoice {
  allianceId: string | null;
  templateId: string;
  issuedOn: string;
  by: 'event' | 'alliance' | 'hand';
  eventId: string | null;
  roles: string[];
  unitKinds: string[];
  bodies: string[];
  unitIds: string[];
  personIds: string[];
}

function MultiSelect({ label, value, options, onChange }: { label: string; value: string[]; options: { value: string; label: string }[]; onChange: (value: string[]) => void }): ReactNode {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => {
        const next = event.target.value as unknown;
        onChange(Array.isArray(next) ? next.map(String) : String(next).split(','));
      }}
      slotProps={{ select: { multiple: true } }}
      sx={{ minWidth: 200 }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Step one: the alliance, the template, the date, and who (by event, the whole alliance, or by hand, with filters). */
export function ChooseRecipients({
  choice,
  onChange,
  templates,
  kind,
}: {
  choice: IssueChoice;
  onChange: (patch: Partial<IssueChoice>) => void;
  templates: TemplateEntry[];
  kind: TemplateKind | undefined;
}): ReactNode {
  const t = useMessages(issueMessages);
  const dateInput = useDateInput();
  const { locale } = useLocale();
  const source = kind ? recipientSourceOf(kind) : 'membership';
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <Stack sx={{ flex: 2 }}>
          <RecordPicker table="alliances" label={t.alliance} required value={choice.allianceId} onChange={(id) => onChange({ allianceId: id })} />
        </Stack>
        <TextField select label={t.template} value={templates.some((entry) => entry.template.id === choice.templateId) ? choice.templateId : ''} onChange={(event) => onChange({ templateId: event.target.value })} sx={{ flex: 2 }}>
          {templates.map((entry) => (
            <MenuItem key={entry.template.id} value={entry.template.id}>
              {entry.template.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t.issuedOn} type="date" value={choice.issuedOn} onChange={(event) => onChange({ issuedOn: event.target.value })} slotProps={{ inputLabel: { shrink: true }, input: dateInput }} sx={{ flex: 1 }} />
      </Stack>
      {templates.length === 0 && choice.allianceId && <Alert severity="info">{t.noTemplates}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <RadioGroup row value={choice.by} onChange={(event) => onChange({ by: event.target.value as IssueChoice['by'] })} aria-label={t.by}>
          <FormControlLabel value="event" control={<Radio />} label={t.byEvent} />
          <FormControlLabel value="alliance" control={<Radio />} label={t.byAlliance} disabled={source === 'participant'} />
          <FormControlLabel value="hand" control={<Radio />} label={t.byHand} />
        </RadioGroup>
        {/* Outside "by event" the event is optional: the occasion the registry and the print queue file the documents under. Only the chosen alliance's events are offered. */}
        <Stack sx={{ flexGrow: 1 }}>
          <RecordPicker table="events" allianceId={choice.allianceId} label={t.event} required={choice.by === 'event' || source === 'participant'} value={choice.eventId} onChange={(id) => onChange({ eventId: id })} />
        </Stack>
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {source === 'membership' && <MultiSelect label={t.roles} value={choice.roles} options={vocabularyOptions(membershipRoles, locale)} onChange={(roles) => onChange({ roles })} />}
        {source !== 'appointment' && <MultiSelect label={t.unitKinds} value={choice.unitKinds} options={vocabularyOptions(unitKinds, locale)} onChange={(kinds) => onChange({ unitKinds: kinds })} />}
        {source === 'appointment' && <MultiSelect label={t.bodies} value={choice.bodies} options={vocabularyOptions(appointmentBodies, locale)} onChange={(bodies) => onChange({ bodies })} />}
      </Stack>
      {choice.by === 'hand' &&
        (kind && pickedBy(kind) === 'people' ? (
          <RecordMultiPicker table="people" label={t.pickPeople} value={choice.personIds} onChange={(ids) => onChange({ personIds: ids })} />
        ) : (
          <RecordMultiPicker table="units" label={t.pickUnits} value={choice.unitIds} onChange={(ids) => onChange({ unitIds: ids })} />
        ))}
    </Stack>
  );
}
