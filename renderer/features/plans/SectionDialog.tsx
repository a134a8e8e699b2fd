import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import type { ActionPlan, PlanSection } from '../../../shared/domain/plans';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { useFieldErrors } from '../../components/record/use-field-errors';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { saveSection } from './save-plan';
import { useUnsavedGuard } from '../../components/record/use-unsaved-guard';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanSave } from '../../components/record/use-can-edit';

/** Adds a section (heading and body) at the end of the plan, or edits one, with its history. */
export function SectionDialog({
  plan,
  section,
  nextOrder,
  onClose,
  onSaved,
  onError,
}: {
  plan: ActionPlan;
  section: PlanSection | undefined;
  nextOrder: () => string;
  onClose: () => void;
  onSaved: () => void;
  onError: (error: unknown) => void;
}): ReactNode {
  const refusal = useCanSave('planSections', section);
  const t = useMessages(planMessages);
  const { errors, run } = useFieldErrors();
  const [heading, setHeading] = useState(section?.heading ?? '');
  const [body, setBody] = useState(section?.body ?? '');
  // A dialog closes by itself after saving; the guard covers leaving the page (back, closing the window) with it open.
  useUnsavedGuard(heading !== (section?.heading ?? '') || body !== (section?.body ?? ''));

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    void run(() => saveSection(plan, { heading, body }, section, nextOrder), onError).then((saved) => {
      if (saved) onSaved();
    });
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle>{section ? t.sections.edit : t.sections.add}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t.sections.fields.heading}
              required
              autoFocus
              value={heading}
              onChange={(event) => setHeading(event.target.value)}
              error={!!errors.heading}
              helperText={errors.heading}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <TextField
              label={t.sections.fields.body}
              multiline
              minRows={8}
              maxRows={20}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              error={!!errors.body}
              helperText={errors.body ?? t.sections.bodyHelp}
              slotProps={{ htmlInput: { maxLength: 50000 } }}
            />
            {section && <HistoryPanel table="planSections" id={section.id} fieldLabels={t.sections.fields} />}
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
