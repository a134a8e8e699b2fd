import { Card, CardContent, Chip, IconButton, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import ApartmentOutlinedIcon from '@mui/icons-material/ApartmentOutlined';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import CloseIcon from '@mui/icons-material/Close';
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { EventRecord } from '../../../shared/domain/records';
import { participantRoles } from '../../../shared/domain/vocabulary';
import { UndoSnackbar } from '../../components/record/RowActions';
import { deleteRecord, restoreRecord } from '../../db/mutate';
import { useNames, useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { AddParticipant } from './AddParticipant';
import { eventMessages } from './messages';

const roleOrder = new Map<string, number>(participantRoles.values.map((role, index) => [role, index]));

/** Who attended: guest leaders first, as a programme or a report lists them. */
export function ParticipantsCard({ event, disabled, onFailed }: { event: EventRecord; disabled: boolean; onFailed: () => void }): ReactNode {
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const participants = useRecordsWhere('participants', 'eventId', event.id);
  const people = useNames('people');
  const units = useNames('units');
  // The last removal, which the snackbar can take back: a click on the wrong row must not cost a re-entry.
  const [removed, setRemoved] = useState<{ id: string; name: string }>();
  const remove = (id: string, name: string): void => {
    deleteRecord('participants', id).then(() => setRemoved({ id, name }), onFailed);
  };
  const undo = (): void => {
    if (removed) restoreRecord('participants', removed.id).catch(onFailed);
    setRemoved(undefined);
  };

  const rows = useMemo(
    () =>
      (participants ?? [])
        .map((p) => {
          const isPerson = p.personId !== null;
          const targetId = p.personId ?? p.unitId ?? '';
          const name = (isPerson ? people : units)?.get(targetId);
          return { participant: p, isPerson, targetId, name: name ?? t.participants.unknown };
        })
        .sort((a, b) => (roleOrder.get(a.participant.role) ?? 0) - (roleOrder.get(b.participant.role) ?? 0) || a.name.localeCompare(b.name, 'zh-CN')),
    [participants, people, units, t],
  );

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t.participants.heading}
        </Typography>
        {rows.length === 0 && <Typography color="text.secondary">{t.participants.empty}</Typography>}
        <List dense aria-label={t.participants.heading}>
          {rows.map(({ participant, isPerson, targetId, name }) => (
            <ListItem
              key={participant.id}
              disableGutters
              secondaryAction={
                !disabled && (
                  <IconButton edge="end" size="small" aria-label={t.participants.remove(name)} onClick={() => remove(participant.id, name)}>
                    <CloseIcon fontSize="small" />
                  </IconButton>
                )
              }
            >
              {isPerson ? <PersonOutlinedIcon fontSize="small" color="action" sx={{ mr: 1 }} /> : <ApartmentOutlinedIcon fontSize="small" color="action" sx={{ mr: 1 }} />}
              <ListItemText
                primary={
                  <Link component={RouterLink} to={isPerson ? `/people/${targetId}` : `/units/${targetId}`} underline="hover">
                    {name}
                  </Link>
                }
              />
              <Chip size="small" label={participantRoles.label(participant.role, locale)} sx={{ mr: 4 }} />
            </ListItem>
          ))}
        </List>
        {!disabled && participants && <AddParticipant event={event} participants={participants} onFailed={onFailed} />}
        <UndoSnackbar open={removed !== undefined} message={removed ? t.participants.removed(removed.name) : ''} undoLabel={t.participants.undo} onUndo={undo} onClose={() => setRemoved(undefined)} />
      </CardContent>
    </Card>
  );
}
