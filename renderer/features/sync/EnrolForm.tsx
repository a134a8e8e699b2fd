import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { serverUrlSchema } from '../../../shared/bridge/sync';
import type { AddressFormatProblem } from '../../../shared/sync/address-format';
import { addressFormatProblems } from '../../../shared/sync/address-format';
import { useMessages } from '../../i18n/use-messages';
import { useT } from '../../i18n/locale-context';
import { syncMessages } from './messages';
import type { EnrolResult } from './enrol-device';
import { enrolDevice } from './enrol-device';

/** Server address and one-time code; the main process makes the request and keeps the token. */
export function EnrolForm({ onEnrolled }: { onEnrolled: (workspaceName: string) => void }): ReactNode {
  const t = useT();
  const m = useMessages(syncMessages);
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  /** What is wrong with the address: how it is written, or http:// to another machine. */
  const [addressProblem, setAddressProblem] = useState<AddressFormatProblem | 'insecure'>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    const parsed = serverUrlSchema.safeParse(address);
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? '';
      setAddressProblem(reason === 'insecure-address' ? 'insecure' : (addressFormatProblems as readonly string[]).includes(reason) ? (reason as AddressFormatProblem) : 'not-a-url');
      return;
    }
    setBusy(true);
    setProblem(undefined);
    enrolDevice(address, code, t.appName)
      .then(
        (result: EnrolResult) => {
          if (result.outcome === 'enrolled') onEnrolled(result.workspaceName);
          else setProblem(m.problems[result.problem]);
        },
        () => setProblem(m.unexpected),
      )
      .finally(() => setBusy(false));
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      <TextField
        label={m.server.address}
        value={address}
        onChange={(event) => {
          setAddress(event.target.value);
          setAddressProblem(undefined);
        }}
        error={addressProblem !== undefined}
        helperText={addressProblem === 'insecure' ? m.server.addressInsecure : addressProblem ? m.server.addressInvalid[addressProblem] : m.server.addressHelp}
        required
        fullWidth
        slotProps={{ htmlInput: { maxLength: 300, spellCheck: false, autoCapitalize: 'off' } }}
      />
      <TextField
        label={m.server.code}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        helperText={m.server.codeHelp}
        required
        fullWidth
        slotProps={{ htmlInput: { maxLength: 120, spellCheck: false, autoComplete: 'off' } }}
      />
      {problem && <Alert severity="error">{problem}</Alert>}
      <Stack direction="row">
        <Button type="submit" variant="contained" disabled={busy || address.trim() === '' || code.trim().length < 4}>
          {busy ? m.server.enrolling : m.server.enrol}
        </Button>
      </Stack>
    </Stack>
  );
}
