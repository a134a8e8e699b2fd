import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { writeSetting } from '../../db/settings';
import { useT } from '../../i18n/locale-context';

/** Mounted once the stored name is known, so the field starts from it. */
export function OfficeNameForm({ stored, onSaved }: { stored: string; onSaved: (message: string) => void }): ReactNode {
  const t = useT();
  const [name, setName] = useState(stored);
  const tooLong = name.trim().length > 80;

  const save = (event: SyntheticEvent): void => {
    event.preventDefault();
    writeSetting('officeName', name.trim()).then(
      () => onSaved(t.settings.saved),
      () => onSaved(t.errors.unexpected),
    );
  };

  return (
    <Stack component="form" direction="row" spacing={2} onSubmit={save} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={t.settings.officeName}
        value={name}
        onChange={(event) => setName(event.target.value)}
        helperText={t.settings.officeNameHelp}
        error={tooLong}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 80 } }}
      />
      <Button type="submit" variant="contained" disabled={tooLong || name.trim() === stored} sx={{ mt: 1 }}>
        {t.settings.save}
      </Button>
    </Stack>
  );
}
