import { Card, CardContent, Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { createRecord } from '../../db/mutate';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import { emptyUnitValues } from './unit-form-values';
import { UnitForm } from './UnitForm';

/** /units/new: once saved, the new unit's own page replaces this form in the history. */
export function NewUnitScreen(): ReactNode {
  const t = useMessages(unitMessages);
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const [message, setMessage] = useState<string>();
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Typography variant="h5" component="h1">
        {t.newHeading}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <UnitForm
            initial={emptyUnitValues}
            save={(input) => createRecord('units', input)}
            onSaved={(unit) => void navigate(`/units/${unit.id}`, { replace: true, state: { notice: t.created } })}
            onCancel={() => void navigate('/units')}
            onError={(error) => setMessage(describeError(error))}
          />
        </CardContent>
      </Card>
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
