import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function InfoRow({ label, value }: { label: string; value: string }): ReactNode {
  return (
    <Stack direction="row" spacing={2}>
      <Typography sx={{ minWidth: 120 }} color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ wordBreak: 'break-all' }}>{value}</Typography>
    </Stack>
  );
}
