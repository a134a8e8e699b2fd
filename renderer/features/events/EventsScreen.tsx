import AddIcon from '@mui/icons-material/Add';
import { useCallback, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { eventKinds } from '../../../shared/domain/vocabulary';
import type { ListColumn } from '../../components/record-list/RecordList';
import { RecordList } from '../../components/record-list/RecordList';
import { BulkDeleteRestore } from '../../components/record-list/bulk/BulkDeleteRestore';
import { eventSheet } from '../../components/export/event-sheets';
import { useListParams } from '../../components/record-list/list-params';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import type { StoredRecord } from '../../db/database';
import { useNames, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { eventMatches, eventYears } from './event-filters';
import { eventMessages } from './messages';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanCreate } from '../../components/record/use-can-edit';

type EventRow = StoredRecord<'events'>;

export function EventsScreen(): ReactNode {
  const refusal = useCanCreate('events');
  const t = useMessages(eventMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { get } = useListParams();
  const rows = useRecords('events', { includeDeleted: true });
  const alliances = useNames('alliances');
  const units = useNames('units');
  const askedYear = get('year');
  const askedAlliance = get('alliance');

  // Names are looked up once per render of the list, not per row.
  const columns = useMemo<ListColumn<EventRow>[]>(
    () => [
      { id: 'title', header: t.fields.title, width: '3fr', value: (row) => row.title, sortKey: (row) => row._search },
      { id: 'kind', header: t.fields.kind, width: '1.2fr', value: (row) => eventKinds.label(row.kind, locale) },
      { id: 'startsOn', header: t.date, width: '190px', value: (row) => (row.endsOn && row.endsOn !== row.startsOn ? `${row.startsOn} — ${row.endsOn}` : row.startsOn) },
      { id: 'venue', header: t.fields.venue, width: '1.5fr', value: (row) => row.venue },
      { id: 'alliance', header: t.fields.allianceId, width: '2fr', value: (row) => alliances?.get(row.allianceId) ?? '' },
      { id: 'host', header: t.fields.hostUnitId, width: '2fr', value: (row) => (row.hostUnitId ? (units?.get(row.hostUnitId) ?? '') : '') },
    ],
    [t, locale, alliances, units],
  );

  const filters = useMemo(() => {
    const allianceOptions = [...(alliances ?? [])].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    if (askedAlliance && !alliances?.has(askedAlliance)) allianceOptions.push({ value: askedAlliance, label: t.none });
    return [
      { param: 'alliance', label: t.fields.allianceId, options: allianceOptions },
      { param: 'kind', label: t.fields.kind, options: vocabularyOptions(eventKinds, locale) },
      { param: 'year', label: t.year, options: eventYears(rows ?? [], askedYear).map((year) => ({ value: year, label: t.yearOption(year) })) },
    ];
  }, [alliances, askedAlliance, askedYear, rows, t, locale]);

  const matches = useCallback((row: EventRow, params: URLSearchParams) => eventMatches(row, params), []);

  return (
    <RecordList
      title={t.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={matches}
      onOpen={(row) => void navigate(`/events/${row.id}`)}
      exportName={t.title}
      exportSheet={(shown) => eventSheet(shown, { alliances: alliances ?? new Map(), units: units ?? new Map() }, locale)}
      bulkActions={(context) => <BulkDeleteRestore table="events" context={context} />}
      actions={
        <RefusableButton refusal={refusal} showReason variant="contained" startIcon={<AddIcon />} onClick={() => void navigate(askedAlliance ? `/events/new?alliance=${askedAlliance}` : '/events/new')}>
          {t.newEvent}
        </RefusableButton>
      }
    />
  );
}
