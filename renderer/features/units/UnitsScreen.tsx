import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { membershipRoles, membershipStatuses, unitKinds } from '../../../shared/domain/vocabulary';
import type { ListColumn, ListFilter } from '../../components/record-list/RecordList';
import { RecordList } from '../../components/record-list/RecordList';
import { BulkAddToEvent } from '../../components/record-list/bulk/BulkAddToEvent';
import { BulkDeleteRestore } from '../../components/record-list/bulk/BulkDeleteRestore';
import { BulkIssueButton } from '../../components/record-list/bulk/BulkIssueButton';
import { BulkMembershipActions } from '../../components/record-list/bulk/BulkMembershipActions';
import { peopleById, unitListSheet } from '../../components/export/record-sheets';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useNames, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import type { UnitRow } from './unit-rows';
import { unitMatches } from './unit-rows';
import { useUnitRows } from './use-unit-rows';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanCreate } from '../../components/record/use-can-edit';

/** 成员单位: every unit with its roles in the alliances, filtered by kind, alliance, role and status. */
export function UnitsScreen(): ReactNode {
  const { locale, t: app } = useLocale();
  const refusal = useCanCreate('units');
  const t = useMessages(unitMessages);
  const navigate = useNavigate();
  const { rows, alliances } = useUnitRows();
  // A membership's representative is exported by name, with their employer when it is another unit.
  const people = useRecords('people');
  const unitNames = useNames('units');

  const columns = useMemo<ListColumn<UnitRow>[]>(
    () => [
      { id: 'name', header: t.columns.name, width: '2fr', value: (row) => row.unit.name, sortKey: (row) => row._search },
      { id: 'kind', header: t.columns.kind, width: '1.2fr', value: (row) => row.kindLabel },
      { id: 'creditCode', header: t.columns.creditCode, width: '1.4fr', value: (row) => row.unit.creditCode },
      { id: 'region', header: t.columns.region, width: '1fr', value: (row) => row.unit.region },
      // Several roles may not fit; the full text shows on hover.
      { id: 'roles', header: t.columns.roles, width: '2fr', value: (row) => row.roles, render: (row) => <span title={row.roles}>{row.roles}</span> },
    ],
    [t],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      { param: 'kind', label: t.filters.kind, options: vocabularyOptions(unitKinds, locale) },
      { param: 'alliance', label: t.filters.alliance, options: (alliances ?? []).map((alliance) => ({ value: alliance.id, label: alliance.name })) },
      { param: 'role', label: t.filters.role, options: vocabularyOptions(membershipRoles, locale) },
      { param: 'status', label: t.filters.status, options: vocabularyOptions(membershipStatuses, locale) },
    ],
    [t, locale, alliances],
  );

  return (
    <RecordList
      title={app.sections.units.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={unitMatches}
      onOpen={(row) => void navigate(`/units/${row.id}`)}
      exportName={app.sections.units.title}
      exportSheet={(shown, params) => unitListSheet(shown, params, alliances ?? [], locale, { people: peopleById(people ?? []), unitNames: unitNames ?? new Map() })}
      bulkActions={(context) => (
        <>
          <BulkMembershipActions context={context} />
          <BulkAddToEvent target="units" context={context} />
          <BulkIssueButton target="units" context={context} />
          <BulkDeleteRestore table="units" context={context} />
        </>
      )}
      actions={
        <>
          <RefusableButton refusal={refusal} startIcon={<UploadFileIcon />} onClick={() => void navigate('/import/units')}>
            {t.import}
          </RefusableButton>
          <RefusableButton refusal={refusal} showReason variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/units/new')}>
            {t.newUnit}
          </RefusableButton>
        </>
      }
    />
  );
}
