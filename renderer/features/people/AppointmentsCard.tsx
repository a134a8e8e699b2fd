import { Button } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Appointment } from '../../../shared/domain/records';
import { appointmentBodies, appointmentRoles } from '../../../shared/domain/vocabulary';
import { deleteRecord, restoreRecord } from '../../db/mutate';
import { useNames, useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { AppointmentDialog } from './AppointmentDialog';
import { peopleMessages } from './messages';
import { RecordLink, RelatedTable } from '../../components/record/RelatedTable';
import { EditDeleteButtons, UndoSnackbar } from '../../components/record/RowActions';

/** The person's appointments to the bodies of the alliances, each editable and deletable (with an undo). */
export function AppointmentsCard({ personId, readOnly, onMessage, onError }: { personId: string; readOnly: boolean; onMessage: (message: string) => void; onError: (error: unknown) => void }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(peopleMessages);
  const appointments = useRecordsWhere('appointments', 'personId', personId);
  const allianceNames = useNames('alliances');
  const [editing, setEditing] = useState<Appointment | 'new'>();
  const [removed, setRemoved] = useState<string>();
  const fields = t.appointmentFields;

  const remove = (appointment: Appointment): void => {
    deleteRecord('appointments', appointment.id).then(() => setRemoved(appointment.id), onError);
  };
  const undo = (): void => {
    if (removed) restoreRecord('appointments', removed).catch(onError);
    setRemoved(undefined);
  };

  const rows = appointments
    ?.toSorted((a, b) => (b.termStart ?? '').localeCompare(a.termStart ?? ''))
    .map((appointment) => {
      const allianceName = allianceNames?.get(appointment.allianceId) ?? '';
      const body = appointmentBodies.label(appointment.body, locale);
      const role = appointmentRoles.label(appointment.role, locale);
      return {
        key: appointment.id,
        cells: [
          <RecordLink to={`/alliances/${appointment.allianceId}`}>{allianceName}</RecordLink>,
          body,
          role,
          appointment.termStart ?? '—',
          appointment.termEnd ?? '—',
          readOnly ? null : (
            <EditDeleteButtons editLabel={`${t.editAppointment}: ${body} ${role}`} deleteLabel={`${t.deleteAppointment}: ${body} ${role}`} onEdit={() => setEditing(appointment)} onDelete={() => remove(appointment)} />
          ),
        ],
      };
    });

  return (
    <>
      <RelatedTable
        heading={t.appointmentsHeading}
        empty={t.noAppointments}
        headers={[fields.allianceId, fields.body, fields.role, fields.termStart, fields.termEnd, fields.actions]}
        rows={rows}
        action={
          !readOnly && (
            <Button startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {t.addAppointment}
            </Button>
          )
        }
      />
      {editing !== undefined && (
        <AppointmentDialog
          personId={personId}
          appointment={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            onMessage(t.saved);
          }}
          onError={onError}
        />
      )}
      <UndoSnackbar open={removed !== undefined} message={t.appointmentDeleted} undoLabel={t.undo} onUndo={undo} onClose={() => setRemoved(undefined)} />
    </>
  );
}
