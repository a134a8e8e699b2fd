import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Membership } from '../../../../shared/domain/records';
import { membershipRoles, membershipStatuses } from '../../../../shared/domain/vocabulary';
import { addUnitsToAlliance, changeMemberships } from '../../../db/bulk-actions';
import { useLocale } from '../../../i18n/locale-context';
import { useDateInput } from '../../date-input/use-date-input';
import { useMessages } from '../../../i18n/use-messages';
import { RecordPicker } from '../../record/RecordPicker';
import { vocabularyOptions } from '../../record/vocabulary-options';
import { bulkMessages } from '../bulk-messages';
import type { BulkContext, ListRow } from '../RecordList';

type Mode = 'add' | 'change';

interface Values {
  allianceId: string | null;
  role: Membership['role'] | '';
  status: Membership['status'] | '';
  joinedOn: string;
}

/**
 * 加入联盟 and 更改角色或状态 for the selected units. Adding needs an alliance and a role;
 * changing needs the alliance (the list's alliance filter, if set) and a new role or status.
 */
export function BulkMembershipActions<R extends ListRow>({ context }: { context: BulkContext<R> }): ReactNode {
  const t = useMessages(bulkMessages);
  const dateInput = useDateInput();
  const { locale } = useLocale();
  const [mode, setMode] = useState<Mode>();
  const [values, setValues] = useState<Values>({ allianceId: null, role: '', status: '', joinedOn: '' });
  const set = <K extends keyof Values>(key: K, value: Values[K]): void => setValues((previous) => ({ ...previous, [key]: value }));
  const ids = context.rows.filter((row) => !row.deleted).map((row) => row.id);
  const open = (next: Mode): void => {
    setValues({ allianceId: context.params.get('alliance') || null, role: '', status: next === 'add' ? 'active' : '', joinedOn: '' });
    setMode(next);
  };
  const ready = values.allianceId !== null && (mode === 'add' ? values.role !== '' : values.role !== '' || values.status !== '');

  const apply = (): void => {
    const { allianceId, role, status, joinedOn } = values;
    if (!allianceId || !mode) return;
    setMode(undefined);
    if (mode === 'add' && role && status)
      void context.run(t.addToAlliance, (onProgress) => addUnitsToAlliance(ids, { allianceId, role, status, joinedOn: joinedOn || null }, { onProgress }));
    else void context.run(t.changeMembership, (onProgress) => changeMemberships(ids, allianceId, { ...(role ? { role } : {}), ...(status ? { status } : {}) }, { onProgress }));
  };

  if (ids.length === 0) return null;
  return (
    <>
      <Button size="small" variant="contained" startIcon={<GroupAddIcon />} disabled={context.running} onClick={() => open('add')}>
        {t.addToAlliance}
      </Button>
      <Button size="small" startIcon={<EditIcon />} disabled={context.running} onClick={() => open('change')}>
        {t.changeMembership}
      </Button>
      <Dialog open={mode !== undefined} onClose={() => setMode(undefined)} fullWidth maxWidth="sm">
        <DialogTitle>{mode === 'add' ? t.addToAlliance : t.changeMembership}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <RecordPicker table="alliances" label={t.alliance} required value={values.allianceId} onChange={(id) => set('allianceId', id)} />
            <TextField select label={t.role} required={mode === 'add'} value={values.role} onChange={(event) => set('role', event.target.value as Values['role'])}>
              {mode === 'change' && <MenuItem value="">{t.unchangedOption}</MenuItem>}
              {vocabularyOptions(membershipRoles, locale).map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={t.status} value={values.status} onChange={(event) => set('status', event.target.value as Values['status'])}>
              {mode === 'change' && <MenuItem value="">{t.unchangedOption}</MenuItem>}
              {vocabularyOptions(membershipStatuses, locale).map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
            {mode === 'add' && (
              <TextField label={t.joinedOn} type="date" value={values.joinedOn} onChange={(event) => set('joinedOn', event.target.value)} slotProps={{ inputLabel: { shrink: true }, input: dateInput }} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setMode(undefined)}>{t.cancel}</Button>
          <Button variant="contained" disabled={!ready} onClick={apply}>
            {t.apply}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
