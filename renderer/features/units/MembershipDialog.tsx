import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useMemo } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { Membership } from '../../../shared/domain/records';
import { membershipRoles, membershipStatuses } from '../../../shared/domain/vocabulary';
import { RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { createRecord, updateRecord } from '../../db/mutate';
import { useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { problemMessages } from '../../i18n/problems';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Values {
  allianceId: string | null;
  role: Membership['role'] | '';
  joinedOn: string;
  status: Membership['status'];
  representativeId: string | null;
}

function initialValues(membership: Membership | undefined): Values {
  if (!membership) return { allianceId: null, role: '', joinedOn: '', status: 'active', representativeId: null };
  const { allianceId, role, joinedOn, status, representativeId } = membership;
  return { allianceId, role, joinedOn: joinedOn ?? '', status, representativeId };
}

/** Adds the unit to an alliance in a role, or changes such a membership. */
export function MembershipDialog({
  unitId,
  membership,
  others,
  onClose,
  onSaved,
  onError,
}: {
  unitId: string;
  membership: Membership | undefined;
  /** The unit's other live memberships: a unit holds one membership per alliance, whose role may change. */
  others: readonly Membership[];
  onClose: () => void;
  onSaved: () => void;
  onError: (error: unknown) => void;
}): ReactNode {
  const refusal = useCanSave('memberships', membership);
  const { locale } = useLocale();
  const t = useMessages(unitMessages);
  const dateInput = useDateInput();
  const problems = useMessages(problemMessages);
  const { errors, run } = useFieldErrors();
  const { draft: values, setDraft: setValues } = useGuardedDraft(() => initialValues(membership));
  const duplicate = values.allianceId ? others.find((other) => other.allianceId === values.allianceId && other.id !== membership?.id) : undefined;
  const set = <K extends keyof Values>(key: K, value: Values[K]): void => setValues((previous) => ({ ...previous, [key]: value }));
  // The unit's own people are offered first: its representative is almost always one of them.
  const ownPeople = useRecordsWhere('people', 'unitId', unitId);
  const representativeGroups = useMemo(
    () => ({ first: new Set((ownPeople ?? []).map((person) => person.id)), firstLabel: t.representativeGroups.own, restLabel: t.representativeGroups.others }),
    [ownPeople, t],
  );

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (duplicate) return;
    // Empty choices go to the data layer as they are: it refuses them and names the fields.
    const input = {
      allianceId: values.allianceId ?? '',
      unitId,
      role: values.role as Membership['role'],
      joinedOn: values.joinedOn || null,
      status: values.status,
      representativeId: values.representativeId,
    };
    void run(() => (membership ? updateRecord('memberships', membership.id, input) : createRecord('memberships', input)), onError).then((saved) => {
      if (saved) onSaved();
    });
  };
  // A missing choice reads to the schema as an invalid one; to the user it is missing.
  const missing = (key: 'allianceId' | 'role'): string | undefined => (errors[key] && !values[key] ? problems.required : errors[key]);
  const allianceError = duplicate ? t.alreadyMember(membershipRoles.label(duplicate.role, locale)) : missing('allianceId');

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle>{membership ? t.editMembership : t.addMembership}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <RecordPicker table="alliances" label={t.membershipFields.alliance} required value={values.allianceId} onChange={(id) => set('allianceId', id)} error={allianceError} />
            <TextField select required label={t.membershipFields.role} value={values.role} onChange={(event) => set('role', event.target.value as Values['role'])} error={!!missing('role')} helperText={missing('role')}>
              {vocabularyOptions(membershipRoles, locale).map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="date"
              label={t.membershipFields.joinedOn}
              value={values.joinedOn}
              onChange={(event) => set('joinedOn', event.target.value)}
              error={!!errors.joinedOn}
              helperText={errors.joinedOn}
              slotProps={{ inputLabel: { shrink: true }, input: dateInput }}
            />
            <TextField select label={t.membershipFields.status} value={values.status} onChange={(event) => set('status', event.target.value as Values['status'])} error={!!errors.status} helperText={errors.status}>
              {vocabularyOptions(membershipStatuses, locale).map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
            <RecordPicker
              table="people"
              label={t.membershipFields.representative}
              value={values.representativeId}
              onChange={(id) => set('representativeId', id)}
              error={errors.representativeId}
              groups={representativeGroups}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t.cancel}</Button>
          <RefusableButton refusal={refusal} showReason type="submit" variant="contained">
            {t.save}
          </RefusableButton>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
