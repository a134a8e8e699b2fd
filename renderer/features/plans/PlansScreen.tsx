import AddIcon from '@mui/icons-material/Add';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { planStatuses } from '../../../shared/domain/vocabulary';
import type { ListColumn } from '../../components/record-list/RecordList';
import { RecordList } from '../../components/record-list/RecordList';
import { BulkDeleteRestore } from '../../components/record-list/bulk/BulkDeleteRestore';
import { useListParams } from '../../components/record-list/list-params';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import type { StoredRecord } from '../../db/database';
import { useNames, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { planMessages } from './messages';
import { periodText, planMatches } from './plan-filters';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanCreate } from '../../components/record/use-can-edit';

type PlanRow = StoredRecord<'actionPlans'>;

export function PlansScreen(): ReactNode {
  const refusal = useCanCreate('actionPlans');
  const t = useMessages(planMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { get } = useListParams();
  const rows = useRecords('actionPlans', { includeDeleted: true });
  const alliances = useNames('alliances');
  const events = useNames('events');
  const askedAlliance = get('alliance');

  const columns = useMemo<ListColumn<PlanRow>[]>(
    () => [
      { id: 'title', header: t.fields.title, width: '3fr', value: (row) => row.title, sortKey: (row) => row._search },
      { id: 'alliance', header: t.fields.allianceId, width: '2fr', value: (row) => alliances?.get(row.allianceId) ?? '' },
      { id: 'period', header: t.fields.period, width: '120px', value: (row) => periodText(row), sortKey: (row) => `${String(row.periodFrom)}-${String(row.periodTo)}` },
      { id: 'status', header: t.fields.status, width: '110px', value: (row) => planStatuses.label(row.status, locale) },
      { id: 'adopted', header: t.fields.adoptedEventId, width: '2fr', value: (row) => (row.adoptedEventId ? (events?.get(row.adoptedEventId) ?? '') : '') },
      { id: 'number', header: t.fields.documentNumber, width: '1.2fr', value: (row) => row.documentNumber },
    ],
    [t, locale, alliances, events],
  );

  const filters = useMemo(() => {
    const allianceOptions = [...(alliances ?? [])].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    if (askedAlliance && !alliances?.has(askedAlliance)) allianceOptions.push({ value: askedAlliance, label: t.none });
    const years = new Set<number>();
    for (const row of rows ?? []) for (let year = row.periodFrom; year <= row.periodTo && year - row.periodFrom < 20; year += 1) years.add(year);
    return [
      { param: 'alliance', label: t.fields.allianceId, options: allianceOptions },
      { param: 'status', label: t.fields.status, options: vocabularyOptions(planStatuses, locale) },
      { param: 'year', label: t.fields.period, options: [...years].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) })) },
    ];
  }, [alliances, askedAlliance, rows, t, locale]);

  return (
    <RecordList
      title={t.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={planMatches}
      onOpen={(row) => void navigate(`/plans/${row.id}`)}
      exportName={t.title}
      bulkActions={(context) => <BulkDeleteRestore table="actionPlans" context={context} />}
      actions={
        <RefusableButton refusal={refusal} showReason variant="contained" startIcon={<AddIcon />} onClick={() => void navigate(askedAlliance ? `/plans/new?alliance=${askedAlliance}` : '/plans/new')}>
          {t.newPlan}
        </RefusableButton>
      }
    />
  );
}
