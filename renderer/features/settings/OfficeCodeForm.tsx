import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { normalizeOfficeCode } from '../../../shared/documents/numbering';
import { checkOfficeCodeInWorkspace } from '../../../shared/documents/office-codes';
import { useOfficeNumbering } from '../../db/office-numbering';
import { writeSetting } from '../../db/settings';
import { useMessages } from '../../i18n/use-messages';
import { officeCodeMessages } from './office-code-messages';

/**
 * The office code in document numbers. Mounted once the stored code (null: never set) and the
 * derived one are known, so the field starts from the code in use.
 */
export function OfficeCodeForm({ stored, derived, onSaved }: { stored: string | null; derived: string; onSaved: (message: string) => void }): ReactNode {
  const t = useMessages(officeCodeMessages);
  const inUse = stored ?? derived;
  const [code, setCode] = useState(inUse);
  const normalized = normalizeOfficeCode(code);
  // A code another device of the workspace numbers with is refused, as in the set-up before the first issue.
  const usedByOthers = useOfficeNumbering()?.usedByOthers;
  const check = checkOfficeCodeInWorkspace(normalized, usedByOthers ?? new Map<string, string>());
  const invalid = check !== null;

  const save = (event: SyntheticEvent): void => {
    event.preventDefault();
    writeSetting('officeCode', normalized).then(
      () => onSaved(t.saved),
      () => onSaved(t.failed),
    );
  };

  return (
    <Stack spacing={1}>
      <Stack component="form" direction="row" spacing={2} onSubmit={save} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t.label}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={invalid}
          helperText={check === null ? t.help(`LSZZ-2026-${normalized || inUse}-Z001`) : check.problem === 'used-elsewhere' ? t.usedElsewhere(normalized, check.number) : t.invalid}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 4, style: { textTransform: 'uppercase', fontFamily: 'monospace' } } }}
        />
        <Button type="submit" variant="contained" disabled={invalid || usedByOthers === undefined || normalized === stored} sx={{ mt: 1 }}>
          {t.save}
        </Button>
      </Stack>
      {stored === null && (
        <Typography variant="body2" color="text.secondary">
          {t.derived}
        </Typography>
      )}
    </Stack>
  );
}
