import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useRecord, useRecordsWhere } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import { EventForm } from './EventForm';
import { eventMessages } from './messages';
import { NotFound } from '../../components/record/NotFound';

export function NewEventScreen(): ReactNode {
  const t = useMessages(eventMessages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const allianceId = params.get('alliance');
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.newEvent}
      </Typography>
      <EventForm
        allianceId={allianceId}
        onSaved={(id) => void navigate(`/events/${id}`, { replace: true })}
        onCancel={() => void navigate(allianceId ? `/alliances/${allianceId}` : '/events')}
      />
    </Stack>
  );
}

export function EditEventScreen(): ReactNode {
  const t = useMessages(eventMessages);
  const navigate = useNavigate();
  const { id } = useParams();
  const event = useRecord('events', id);
  const participants = useRecordsWhere('participants', 'eventId', id);
  if (event === undefined || participants === undefined) return null;
  if (event === null) return <NotFound message={t.notFound} back={t.backToList} to="/events" />;
  const back = (): void => void navigate(`/events/${event.id}`, { replace: true });
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        {t.editEvent}
      </Typography>
      <EventForm key={event.id} event={event} participantIds={participants.map((p) => p.id)} onSaved={back} onCancel={back} />
    </Stack>
  );
}
