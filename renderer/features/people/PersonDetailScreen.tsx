import { Alert, Snackbar, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { DeleteRecipient } from '../../components/record/DeleteRecipient';
import { DeleteRestore } from '../../components/record/DeleteRestore';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { recordMessages } from '../../components/record/messages';
import { useNames, useRecord } from '../../db/queries';
import { useErrorMessage } from '../../errors/use-error-message';
import { useMessages } from '../../i18n/use-messages';
import { AppointmentsCard } from './AppointmentsCard';
import { peopleMessages } from './messages';
import { PersonDetailsCard } from './PersonDetailsCard';
import { PersonAgreements, PersonEvents } from './PersonRelations';
import { useArrivalNotice } from '../../components/record/use-arrival-notice';

/** /people/:id — the person, their appointments, the events and agreements they took part in, their history. */
export function PersonDetailScreen(): ReactNode {
  const { id } = useParams();
  const t = useMessages(peopleMessages);
  const record = useMessages(recordMessages);
  const describeError = useErrorMessage();
  const person = useRecord('people', id);
  const unitNames = useNames('units');
  const [message, setMessage] = useArrivalNotice();
  const onError = (error: unknown): void => setMessage(describeError(error));

  if (person === undefined) return null;
  if (person === null) return <Alert severity="info">{record.notFound}</Alert>;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere', flexGrow: 1 }}>
          {person.name}
        </Typography>
        {!person.deleted && <DeleteRecipient table="people" id={person.id} name={person.name} onError={onError} />}
      </Stack>
      {person.deleted && <DeleteRestore table="people" id={person.id} name={person.name} deleted onError={onError} />}
      <PersonDetailsCard key={person.id} person={person} onMessage={setMessage} onError={onError} />
      <AppointmentsCard personId={person.id} readOnly={person.deleted} onMessage={setMessage} onError={onError} />
      <PersonEvents personId={person.id} />
      <PersonAgreements personId={person.id} />
      <HistoryPanel
        table="people"
        id={person.id}
        fieldLabels={t.fields}
        describeValue={(field, value) => (field === 'unitId' && typeof value === 'string' ? unitNames?.get(value) : undefined)}
      />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={4000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
