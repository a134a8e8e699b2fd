import { Alert, Button, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** What a link to a record that does not exist (or not on this device) opens. */
export function NotFound({ message, back, to }: { message: string; back: string; to: string }): ReactNode {
  return (
    <Stack spacing={2} sx={{ maxWidth: 600 }}>
      <Alert severity="info">{message}</Alert>
      <Button component={RouterLink} to={to} sx={{ alignSelf: 'flex-start' }}>
        {back}
      </Button>
    </Stack>
  );
}
