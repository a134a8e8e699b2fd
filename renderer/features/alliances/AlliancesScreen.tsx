import AddIcon from '@mui/icons-material/Add';
import { useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { allianceKinds } from '../../../shared/domain/vocabulary';
import type { StoredRecord } from '../../db/database';
import { useRecords } from '../../db/queries';
import type { ListColumn } from '../../components/record-list/RecordList';
import { RecordList } from '../../components/record-list/RecordList';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { allianceMessages } from './messages';
import { useMemberCounts } from './use-member-counts';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanCreate } from '../../components/record/use-can-edit';

type AllianceRow = StoredRecord<'alliances'>;

export function AlliancesScreen(): ReactNode {
  const refusal = useCanCreate('alliances');
  const t = useMessages(allianceMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const rows = useRecords('alliances', { includeDeleted: true });
  const counts = useMemberCounts();

  const columns = useMemo<ListColumn<AllianceRow>[]>(
    () => [
      { id: 'name', header: t.fields.name, width: '3fr', value: (row) => row.name, sortKey: (row) => row._search },
      { id: 'kind', header: t.fields.kind, width: '2fr', value: (row) => allianceKinds.label(row.kind, locale) },
      { id: 'region', header: t.fields.region, width: '2fr', value: (row) => row.region },
      { id: 'foundedOn', header: t.fields.foundedOn, width: '140px', value: (row) => row.foundedOn ?? '' },
      { id: 'members', header: t.memberCount, width: '120px', value: (row) => counts?.get(row.id) ?? 0 },
    ],
    [t, locale, counts],
  );
  const filters = useMemo(() => [{ param: 'kind', label: t.fields.kind, options: vocabularyOptions(allianceKinds, locale) }], [t, locale]);
  const matches = useCallback((row: AllianceRow, params: URLSearchParams) => {
    const kind = params.get('kind');
    return !kind || row.kind === kind;
  }, []);

  return (
    <RecordList
      title={t.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={matches}
      onOpen={(row) => void navigate(`/alliances/${row.id}`)}
      exportName={t.title}
      actions={
        <RefusableButton refusal={refusal} showReason variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/alliances/new')}>
          {t.newAlliance}
        </RefusableButton>
      }
    />
  );
}
