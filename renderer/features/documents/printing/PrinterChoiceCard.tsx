import { Alert, Button, Card, CardContent, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import StraightenIcon from '@mui/icons-material/Straighten';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PrintChoice } from '../../../../shared/documents/print-settings';
import { useErrorMessage } from '../../../errors/use-error-message';
import { useMessages } from '../../../i18n/use-messages';
import { printingMessages } from './messages';
import type { PrintersState } from './use-printers';

/** Where the queue prints: the dialog, or silently to a remembered printer with copies. Kept in device settings. */
export function PrinterChoiceCard({
  choice,
  onChange,
  printers,
  calibrationLink,
  calibrationNote,
}: {
  choice: PrintChoice;
  onChange: (next: PrintChoice) => void;
  printers: PrintersState;
  calibrationLink: string;
  /** How the chosen printer is calibrated for the queue's template, in words. */
  calibrationNote: string;
}): ReactNode {
  const t = useMessages(printingMessages).choice;
  const errorMessage = useErrorMessage();
  const list = printers.list?.printers ?? [];
  const systemDialog = printers.list?.systemDialog ?? false;
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t.heading}
          </Typography>
          <RadioGroup value={choice.mode} onChange={(_event, mode) => onChange({ ...choice, mode: mode === 'silent' ? 'silent' : 'dialog' })}>
            <FormControlLabel value="dialog" control={<Radio />} label={systemDialog ? t.dialog : t.dialogBrowser} />
            <FormControlLabel value="silent" control={<Radio />} label={t.silent} disabled={list.length === 0} />
          </RadioGroup>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              select
              label={t.printer}
              value={list.some((printer) => printer.name === choice.printer) ? choice.printer : ''}
              onChange={(event) => onChange({ ...choice, printer: event.target.value || null })}
              sx={{ minWidth: 280 }}
              size="small"
            >
              {list.map((printer) => (
                <MenuItem key={printer.name} value={printer.name} disabled={printer.status === 'disabled'}>
                  {[printer.description || printer.name, printer.isDefault ? t.isDefault : '', printer.status === 'disabled' ? t.disabled : ''].filter(Boolean).join(' · ')}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t.copies}
              type="number"
              size="small"
              value={choice.copies}
              onChange={(event) => onChange({ ...choice, copies: Math.min(99, Math.max(1, Math.round(Number(event.target.value)) || 1)) })}
              slotProps={{ htmlInput: { min: 1, max: 99 } }}
              sx={{ width: 100 }}
            />
            <Button startIcon={<RefreshIcon />} onClick={printers.refresh}>
              {t.refresh}
            </Button>
            <Button startIcon={<StraightenIcon />} component={RouterLink} to={calibrationLink}>
              {t.calibrate}
            </Button>
          </Stack>
          {choice.printer && (
            <Typography variant="body2" color="text.secondary" data-testid="calibration-note">
              {calibrationNote}
            </Typography>
          )}
          {printers.list && list.length === 0 && <Alert severity="info">{t.noPrinters}</Alert>}
          {printers.error !== undefined && <Alert severity="error">{errorMessage(printers.error)}</Alert>}
        </Stack>
      </CardContent>
    </Card>
  );
}
