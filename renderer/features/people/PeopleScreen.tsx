import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { appointmentBodies, appointmentRoles } from '../../../shared/domain/vocabulary';
import type { ListColumn, ListFilter } from '../../components/record-list/RecordList';
import { RecordList } from '../../components/record-list/RecordList';
import { BulkAddToEvent } from '../../components/record-list/bulk/BulkAddToEvent';
import { BulkDeleteRestore } from '../../components/record-list/bulk/BulkDeleteRestore';
import { BulkIssueButton } from '../../components/record-list/bulk/BulkIssueButton';
import { personListSheet } from '../../components/export/record-sheets';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import type { PersonRow } from './person-rows';
import { personMatches } from './person-rows';
import { usePersonRows } from './use-person-rows';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanCreate } from '../../components/record/use-can-edit';

/** 人员与专家: contacts, representatives and experts, filtered by their appointments. */
export function PeopleScreen(): ReactNode {
  const { locale, t: app } = useLocale();
  const refusal = useCanCreate('people');
  const t = useMessages(peopleMessages);
  const navigate = useNavigate();
  const { rows, alliances } = usePersonRows();

  const columns = useMemo<ListColumn<PersonRow>[]>(
    () => [
      { id: 'name', header: t.columns.name, width: '1fr', value: (row) => row.person.name, sortKey: (row) => row._search },
      { id: 'unit', header: t.columns.unit, width: '1.6fr', value: (row) => row.unitName },
      { id: 'position', header: t.columns.position, width: '1.2fr', value: (row) => row.person.position },
      { id: 'title', header: t.columns.title, width: '1fr', value: (row) => row.person.title },
      { id: 'phone', header: t.columns.phone, width: '1fr', value: (row) => row.person.phone },
      // Several appointments may not fit; the full text shows on hover.
      {
        id: 'appointments',
        header: t.columns.appointments,
        width: '2.2fr',
        value: (row) => row.appointmentsText,
        render: (row) => <span title={row.appointmentsText}>{row.appointmentsText}</span>,
      },
    ],
    [t],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      { param: 'alliance', label: t.filters.alliance, options: (alliances ?? []).map((alliance) => ({ value: alliance.id, label: alliance.name })) },
      { param: 'body', label: t.filters.body, options: vocabularyOptions(appointmentBodies, locale) },
      { param: 'role', label: t.filters.role, options: vocabularyOptions(appointmentRoles, locale) },
    ],
    [t, locale, alliances],
  );

  return (
    <RecordList
      title={app.sections.people.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={personMatches}
      onOpen={(row) => void navigate(`/people/${row.id}`)}
      exportName={app.sections.people.title}
      exportSheet={(shown, params) => personListSheet(shown, params, alliances ?? [], locale)}
      bulkActions={(context) => (
        <>
          <BulkAddToEvent target="people" context={context} />
          <BulkIssueButton target="people" context={context} />
          <BulkDeleteRestore table="people" context={context} />
        </>
      )}
      actions={
        <>
          <RefusableButton refusal={refusal} startIcon={<UploadFileIcon />} onClick={() => void navigate('/import/people')}>
            {t.import}
          </RefusableButton>
          <RefusableButton refusal={refusal} showReason variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/people/new')}>
            {t.newPerson}
          </RefusableButton>
        </>
      }
    />
  );
}
