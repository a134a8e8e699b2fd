import type { ReactNode } from 'react';
import { agreementKinds, agreementStatuses } from '../../../shared/domain/vocabulary';
import { useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { RecordLink, RelatedTable } from './RelatedTable';

interface Texts {
  heading: string;
  empty: string;
  columns: { title: string; kind: string; signedOn: string; status: string };
}

/** The agreements a unit is a party to or a person signed, newest first. */
export function RelatedAgreements({ index, id, texts }: { index: 'partyUnitIds' | 'signatoryIds'; id: string; texts: Texts }): ReactNode {
  const { locale } = useLocale();
  const agreements = useRecordsWhere('agreements', index, id);
  const { columns } = texts;
  return (
    <RelatedTable
      heading={texts.heading}
      empty={texts.empty}
      headers={[columns.title, columns.kind, columns.signedOn, columns.status]}
      rows={agreements
        ?.toSorted((a, b) => (b.signedOn ?? '').localeCompare(a.signedOn ?? ''))
        .map((agreement) => ({
          key: agreement.id,
          cells: [
            <RecordLink to={`/agreements/${agreement.id}`}>{agreement.title}</RecordLink>,
            agreementKinds.label(agreement.kind, locale),
            agreement.signedOn ?? '—',
            agreementStatuses.label(agreement.status, locale),
          ],
        }))}
    />
  );
}
