import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { Alliance } from '../../../../shared/domain/records';
import { templateKinds } from '../../../../shared/domain/vocabulary';
import { AttachmentThumbnails } from '../../../components/attachments/AttachmentThumbnails';
import type { OfficeNumbering } from '../../../db/office-numbering';
import { useLocale } from '../../../i18n/locale-context';
import { useMessages } from '../../../i18n/use-messages';
import { officeSetupMessages } from './messages';
import { useOfficeSetupForm } from './use-office-setup-form';

type TemplateKind = (typeof templateKinds.values)[number];

interface OfficeSetupDialogProps {
  open: boolean;
  numbering: OfficeNumbering;
  alliance: Alliance;
  /** The kind about to be issued, for the first number the code gives. */
  kind: TemplateKind;
  issuedOn: string;
  onClose: () => void;
  onDone: (code: string) => void;
}

/** The set-up before this device's first number for the alliance (office-setup.ts). */
export function OfficeSetupDialog(props: OfficeSetupDialogProps): ReactNode {
  const t = useMessages(officeSetupMessages);
  return (
    <Dialog open={props.open} onClose={props.onClose} maxWidth="sm" fullWidth aria-labelledby="office-setup-title">
      <DialogTitle id="office-setup-title">{t.title}</DialogTitle>
      {/* Mounted only while open, so each opening starts from the records as they are then. */}
      {props.open && <OfficeSetupForm {...props} />}
    </Dialog>
  );
}

function OfficeSetupForm({ numbering, alliance, kind, issuedOn, onClose, onDone }: OfficeSetupDialogProps): ReactNode {
  const t = useMessages(officeSetupMessages);
  const { locale } = useLocale();
  const form = useOfficeSetupForm({ numbering, alliance, kind, issuedOn, onDone });
  const check = form.codeCheck;
  const codeHelp =
    check === null
      ? t.firstNumber(templateKinds.label(kind, locale), form.firstNumber ?? '')
      : check.problem === 'used-elsewhere'
        ? t.usedElsewhere(form.draft.officeCode.trim().toUpperCase(), check.number)
        : check.problem === 'required'
          ? t.required
          : t.invalid;
  const image = (key: 'logo' | 'seal' | 'signature', label: string): ReactNode => (
    <AttachmentThumbnails label={label} max={1} hashes={form.draft[key] ? [form.draft[key]] : []} onChange={(hashes) => Promise.resolve(form.set(key, hashes[0] ?? null))} />
  );

  return (
    <>
      <DialogContent>
        <Stack spacing={2.5}>
          <DialogContentText>{t.intro}</DialogContentText>
          <TextField
            label={t.officeCode}
            value={form.draft.officeCode}
            onChange={(event) => form.set('officeCode', event.target.value)}
            error={check !== null}
            helperText={codeHelp}
            slotProps={{ htmlInput: { maxLength: 4, spellCheck: false, style: { textTransform: 'uppercase', fontFamily: 'monospace' } }, formHelperText: { 'data-testid': 'office-code-help' } as object }}
            autoFocus
            fullWidth
          />
          <TextField
            label={t.issuerName}
            value={form.draft.issuerName}
            onChange={(event) => form.set('issuerName', event.target.value)}
            helperText={t.issuerHelp}
            slotProps={{ htmlInput: { maxLength: 100 } }}
            fullWidth
          />
          <Typography variant="subtitle1" component="h3">
            {t.imagesHeading}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t.imagesHelp}
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3}>
            {image('seal', t.seal)}
            {image('logo', t.logo)}
            {image('signature', t.signature)}
          </Stack>
          {form.failed && <Alert severity="error">{t.failed}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button variant="contained" onClick={form.save} disabled={check !== null || form.saving}>
          {form.saving ? t.saving : t.save}
        </Button>
      </DialogActions>
    </>
  );
}
