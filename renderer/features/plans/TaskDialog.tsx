import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import type { ReactNode, SyntheticEvent } from 'react';
import type { ActionPlan, PlanTask } from '../../../shared/domain/plans';
import { taskStatuses } from '../../../shared/domain/vocabulary';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { RecordMultiPicker, RecordPicker } from '../../components/record/RecordPicker';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { useDateInput } from '../../components/date-input/use-date-input';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import type { TaskFields } from './save-plan';
import { saveTask } from './save-plan';
import { usePlanHistoryValues } from './use-history-values';
import { useGuardedDraft } from '../../components/record/use-guarded-draft';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

interface Draft extends Omit<TaskFields, 'dueOn'> {
  dueOn: string;
}

function initialDraft(task: PlanTask | undefined): Draft {
  if (!task) return { title: '', description: '', leadUnitId: null, partnerUnitIds: [], dueOn: '', indicators: '', status: 'not-started' };
  const { title, description, leadUnitId, partnerUnitIds, indicators, status } = task;
  return { title, description, leadUnitId, partnerUnitIds, dueOn: task.dueOn ?? '', indicators, status };
}

/** Adds a main task at the end of the table, or edits one, with its history. */
export function TaskDialog({
  plan,
  task,
  nextOrder,
  onClose,
  onSaved,
  onError,
}: {
  plan: ActionPlan;
  task: PlanTask | undefined;
  nextOrder: () => string;
  onClose: () => void;
  onSaved: () => void;
  onError: (error: unknown) => void;
}): ReactNode {
  const refusal = useCanSave('planTasks', task);
  const t = useMessages(planMessages);
  const dateInput = useDateInput();
  const fields = t.tasks.fields;
  const { locale } = useLocale();
  const describeValue = usePlanHistoryValues();
  const { errors, run } = useFieldErrors();
  const { draft, setDraft } = useGuardedDraft(() => initialDraft(task));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'title' | 'description' | 'indicators', maxLength: number) => ({
    label: fields[key],
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: !!errors[key],
    helperText: errors[key],
    fullWidth: true,
    slotProps: { htmlInput: { maxLength } },
  });

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    void run(() => saveTask(plan, { ...draft, dueOn: draft.dueOn || null }, task, nextOrder), onError).then((saved) => {
      if (saved) onSaved();
    });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle>{task ? t.tasks.edit : t.tasks.add}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField {...text('title', 200)} required autoFocus />
            <TextField {...text('description', 5000)} multiline minRows={3} />
            <RecordPicker table="units" label={fields.leadUnitId} value={draft.leadUnitId} onChange={(id) => set('leadUnitId', id)} error={errors.leadUnitId} />
            <RecordMultiPicker table="units" label={fields.partnerUnitIds} value={draft.partnerUnitIds} onChange={(ids) => set('partnerUnitIds', ids)} error={errors.partnerUnitIds} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                label={fields.dueOn}
                type="date"
                value={draft.dueOn}
                onChange={(event) => set('dueOn', event.target.value)}
                error={!!errors.dueOn}
                helperText={errors.dueOn}
                slotProps={{ inputLabel: { shrink: true }, input: dateInput }}
                sx={{ minWidth: 200 }}
              />
              <TextField select label={fields.status} value={draft.status} onChange={(event) => set('status', event.target.value as Draft['status'])} sx={{ minWidth: 200 }}>
                {vocabularyOptions(taskStatuses, locale).map((option) => (
                  <MenuItem key={option.value} value={option.value}>
                    {option.label}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <TextField {...text('indicators', 2000)} multiline minRows={2} />
            {task && <HistoryPanel table="planTasks" id={task.id} fieldLabels={fields} describeValue={describeValue} />}
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
