import AddIcon from '@mui/icons-material/Add';
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { localIsoDate } from '../../../shared/domain/agreement-term';
import { agreementKinds, agreementStatuses } from '../../../shared/domain/vocabulary';
import type { ListColumn } from '../../components/record-list/RecordList';
import { RecordList } from '../../components/record-list/RecordList';
import { agreementSheet } from '../../components/export/event-sheets';
import { BulkDeleteRestore } from '../../components/record-list/bulk/BulkDeleteRestore';
import { useListParams } from '../../components/record-list/list-params';
import { vocabularyOptions } from '../../components/record/vocabulary-options';
import type { StoredRecord } from '../../db/database';
import { useNames, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { agreementMatches } from './agreement-filters';
import { agreementMessages } from './messages';
import { RefusableButton } from '../../components/record/RefusableButton';
import { useCanCreate } from '../../components/record/use-can-edit';

type AgreementRow = StoredRecord<'agreements'>;

export function AgreementsScreen(): ReactNode {
  const refusal = useCanCreate('agreements');
  const t = useMessages(agreementMessages);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { get } = useListParams();
  const rows = useRecords('agreements', { includeDeleted: true });
  const alliances = useNames('alliances');
  const units = useNames('units');
  // The full export names the signatories and the signing event.
  const people = useNames('people');
  const events = useNames('events');
  const [today] = useState(() => localIsoDate());
  const askedAlliance = get('alliance');

  const columns = useMemo<ListColumn<AgreementRow>[]>(
    () => [
      { id: 'title', header: t.fields.title, width: '3fr', value: (row) => row.title, sortKey: (row) => row._search },
      { id: 'kind', header: t.fields.kind, width: '1.4fr', value: (row) => agreementKinds.label(row.kind, locale) },
      { id: 'parties', header: t.fields.partyUnitIds, width: '3fr', value: (row) => row.partyUnitIds.map((id) => units?.get(id) ?? '').join('、') },
      { id: 'signedOn', header: t.fields.signedOn, width: '120px', value: (row) => row.signedOn ?? '' },
      { id: 'termEnd', header: t.fields.termEnd, width: '120px', value: (row) => row.termEnd ?? '' },
      { id: 'status', header: t.fields.status, width: '100px', value: (row) => agreementStatuses.label(row.status, locale) },
    ],
    [t, locale, units],
  );

  const filters = useMemo(() => {
    const allianceOptions = [...(alliances ?? [])].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    if (askedAlliance && !alliances?.has(askedAlliance)) allianceOptions.push({ value: askedAlliance, label: t.none });
    return [
      { param: 'alliance', label: t.fields.allianceId, options: allianceOptions },
      { param: 'kind', label: t.fields.kind, options: vocabularyOptions(agreementKinds, locale) },
      { param: 'status', label: t.fields.status, options: vocabularyOptions(agreementStatuses, locale) },
      { param: 'expiring', label: t.expiring, options: [{ value: '1', label: t.expiringOption }] },
    ];
  }, [alliances, askedAlliance, t, locale]);

  const matches = useCallback((row: AgreementRow, params: URLSearchParams) => agreementMatches(row, params, today), [today]);

  return (
    <RecordList
      title={t.title}
      rows={rows}
      columns={columns}
      filters={filters}
      matches={matches}
      onOpen={(row) => void navigate(`/agreements/${row.id}`)}
      exportName={t.title}
      exportSheet={(shown) => agreementSheet(shown, { alliances: alliances ?? new Map(), units: units ?? new Map(), people: people ?? new Map(), events: events ?? new Map() }, locale)}
      bulkActions={(context) => <BulkDeleteRestore table="agreements" context={context} />}
      actions={
        <RefusableButton refusal={refusal} showReason variant="contained" startIcon={<AddIcon />} onClick={() => void navigate(askedAlliance ? `/agreements/new?alliance=${askedAlliance}` : '/agreements/new')}>
          {t.newAgreement}
        </RefusableButton>
      }
    />
  );
}
