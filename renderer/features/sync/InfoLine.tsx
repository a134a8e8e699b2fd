import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function InfoLine({ label, value, testId }: { label: string; value: string; testId?: string }): ReactNode {
  return (
    <Stack direction="row" spacing={2}>
      <Typography sx={{ minWidth: 140 }} color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ wordBreak: 'break-all' }} data-testid={testId}>
        {value}
      </Typography>
    </Stack>
  );
}
