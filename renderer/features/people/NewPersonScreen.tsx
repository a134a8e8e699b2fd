import { Card, CardContent, Snackbar, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { createRecord } from '../../db/mutate';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import { emptyPersonValues } from './person-form-values';
import { PersonForm } from './PersonForm';

/** /people/new, or /people/new?unit=<id> from a unit's page with the employer filled in. */
export function NewPersonScreen(): ReactNode {
  const t = useMessages(peopleMessages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const describeError = useErrorMessage();
  const [message, setMessage] = useState<string>();
  const unitId = params.get('unit');
  return (
    <Stack spacing={2} sx={{ maxWidth: 960 }}>
      <Typography variant="h5" component="h1">
        {t.newHeading}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <PersonForm
            initial={emptyPersonValues(unitId)}
            save={(input) => createRecord('people', input)}
            onSaved={(person) => void navigate(`/people/${person.id}`, { replace: true, state: { notice: t.created } })}
            onCancel={() => void navigate(unitId ? `/units/${unitId}` : '/people')}
            onError={(error) => setMessage(describeError(error))}
          />
        </CardContent>
      </Card>
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
