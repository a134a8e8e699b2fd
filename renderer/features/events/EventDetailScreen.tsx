import { Button, Card, CardContent, Grid, Snackbar, Stack, Typography } from '@mui/material';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PrintOutlinedIcon from '@mui/icons-material/PrintOutlined';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { eventKinds } from '../../../shared/domain/vocabulary';
import { AttachmentThumbnails } from '../../components/attachments/AttachmentThumbnails';
import { DeleteRestore } from '../../components/record/DeleteRestore';
import { HistoryPanel } from '../../components/record/HistoryPanel';
import { updateRecord } from '../../db/mutate';
import { useRecord } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { AgendaEditor } from './AgendaEditor';
import { CeremonyDocumentsCard } from './CeremonyDocumentsCard';
import { EventSummary } from './EventSummary';
import { eventMessages } from './messages';
import { MinutesCard } from './MinutesCard';
import { NewsDraftButton } from './news-draft/NewsDraftButton';
import { NotFound } from '../../components/record/NotFound';
import { useEventHistoryValues } from './use-history-values';
import { ParticipantsCard } from './ParticipantsCard';
import { useCanEdit } from '../../components/record/use-can-edit';

/** One event: its details, programme, who attended, the minutes and the photos. */
export function EventDetailScreen(): ReactNode {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const { id } = useParams();
  const describeValue = useEventHistoryValues();
  const event = useRecord('events', id);
  const [message, setMessage] = useState<string>();
  const failed = (): void => setMessage(t.saveFailed);
  // What this device's role may not change is read-only here too: programme, participants, minutes, photos, documents.
  const refusal = useCanEdit('events', event).edit;

  if (event === undefined) return null;
  if (event === null) return <NotFound message={t.notFound} back={t.backToList} to="/events" />;
  const locked = event.deleted || refusal !== null;

  return (
    <Stack spacing={3}>
      {event.deleted && <DeleteRestore table="events" id={event.id} name={event.title} deleted onError={failed} />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack sx={{ flexGrow: 1 }}>
          <Typography variant="h5" component="h1">
            {event.title}
          </Typography>
          <Typography color="text.secondary">{[eventKinds.label(event.kind, locale), event.startsOn, event.venue].filter(Boolean).join(' · ')}</Typography>
          {refusal && (
            <Typography variant="body2" color="text.secondary" data-testid="refusal">
              {refusal}
            </Typography>
          )}
        </Stack>
        <NewsDraftButton event={event} onMessage={setMessage} />
        <Button startIcon={<PrintOutlinedIcon />} component={RouterLink} to={`/documents/print-queue/${event.id}`} disabled={locked}>
          {t.printQueue}
        </Button>
        <Button startIcon={<EditOutlinedIcon />} component={RouterLink} to={`/events/${event.id}/edit`} disabled={locked}>
          {t.edit}
        </Button>
        {!event.deleted && <DeleteRestore table="events" id={event.id} name={event.title} deleted={false} onError={failed} />}
      </Stack>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <EventSummary event={event} />
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <ParticipantsCard event={event} disabled={locked} onFailed={failed} />
        </Grid>
      </Grid>
      <AgendaEditor event={event} disabled={locked} />
      <CeremonyDocumentsCard eventId={event.id} disabled={locked} />
      <MinutesCard event={event} disabled={locked} onFailed={failed} />
      <Card variant="outlined">
        <CardContent>
          <AttachmentThumbnails label={t.fields.photos} hashes={event.photos} disabled={locked} max={200} headingVariant="h6" onChange={(photos) => updateRecord('events', event.id, { photos })} />
        </CardContent>
      </Card>
      <HistoryPanel table="events" id={event.id} fieldLabels={t.fields} describeValue={describeValue} />
      <Snackbar open={message !== undefined} message={message} autoHideDuration={6000} onClose={() => setMessage(undefined)} />
    </Stack>
  );
}
