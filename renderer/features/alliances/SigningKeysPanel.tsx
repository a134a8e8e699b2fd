import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { Alliance } from '../../../shared/domain/records';
import { useMessages } from '../../i18n/use-messages';
import { signingMessages } from './signing-messages';
import { useSigningKeys } from './use-signing-keys';

/** The alliance's document signing keys (public halves) and its verification page address. */
export function SigningKeysPanel({ alliance }: { alliance: Alliance }): ReactNode {
  const t = useMessages(signingMessages);
  const state = useSigningKeys(alliance);
  const hasKey = alliance.signingKeys.length > 0;
  return (
    <Paper variant="outlined" component="section" aria-label={t.heading} sx={{ p: 3 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2">
          {t.heading}
        </Typography>
        {hasKey ? (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t.keyId}</TableCell>
                <TableCell>{t.createdAt}</TableCell>
                <TableCell>{t.status}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {alliance.signingKeys.map((key) => (
                <TableRow key={key.keyId}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{key.keyId}</TableCell>
                  <TableCell>{key.createdAt.slice(0, 10)}</TableCell>
                  <TableCell>{key.retiredAt ? t.retired(key.retiredAt.slice(0, 10)) : t.inUse}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{t.none}</Typography>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant={hasKey ? 'text' : 'contained'} disabled={state.busy || alliance.deleted} onClick={state.makeKey}>
            {hasKey ? t.rotateKey : t.makeKey}
          </Button>
          {hasKey && <Typography variant="body2" color="text.secondary">{t.rotateHelp}</Typography>}
        </Stack>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={t.address}
            value={state.address}
            onChange={(event) => state.setAddress(event.target.value)}
            error={!state.addressValid}
            helperText={state.addressValid ? t.addressHelp : t.addressInvalid}
            sx={{ flexGrow: 1 }}
            disabled={alliance.deleted}
          />
          <Button disabled={state.busy || !state.addressValid || state.address.trim() === alliance.verificationAddress} onClick={state.saveAddress}>
            {t.saveAddress}
          </Button>
        </Stack>
        {state.failed && <Alert severity="error">{t.failed}</Alert>}
      </Stack>
    </Paper>
  );
}
