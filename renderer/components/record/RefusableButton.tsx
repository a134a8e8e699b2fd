import { Button, Tooltip, Typography } from '@mui/material';
import type { ButtonProps } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A button that starts a change this device's role may refuse (use-can-edit): off when refused,
 * the reason on hover and, with `showReason`, in words beside it, so the office knows why.
 */
export function RefusableButton({ refusal, showReason = false, disabled, ...props }: ButtonProps & { refusal: string | null; showReason?: boolean }): ReactNode {
  return (
    <>
      {refusal && showReason && (
        <Typography variant="body2" color="text.secondary" data-testid="refusal">
          {refusal}
        </Typography>
      )}
      <Tooltip title={refusal ?? ''} describeChild>
        <span>
          <Button {...props} disabled={disabled === true || refusal !== null} />
        </span>
      </Tooltip>
    </>
  );
}
