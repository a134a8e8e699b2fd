import type { ReactNode } from 'react';
import { agreementKinds, agreementStatuses, eventKinds, participantRoles } from '../../../shared/domain/vocabulary';
import { useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import { RecordLink, RelatedTable } from '../../components/record/RelatedTable';
import { usePersonEvents } from './use-person-events';

/** The events the person took part in, and in which role. */
export function PersonEvents({ personId }: { personId: string }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(peopleMessages);
  const events = usePersonEvents(personId);
  const headers = t.eventColumns;
  return (
    <RelatedTable
      heading={t.eventsHeading}
      empty={t.noEvents}
      headers={[headers.title, headers.kind, headers.startsOn, headers.role]}
      rows={events?.map(({ event, roles }) => ({
        key: event.id,
        cells: [
          <RecordLink to={`/events/${event.id}`}>{event.title}</RecordLink>,
          eventKinds.label(event.kind, locale),
          event.startsOn,
          roles.map((role) => participantRoles.label(role, locale)).join(locale === 'zh-CN' ? '、' : ', '),
        ],
      }))}
    />
  );
}

/** The agreements the person signed. */
export function PersonAgreements({ personId }: { personId: string }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(peopleMessages);
  const agreements = useRecordsWhere('agreements', 'signatoryIds', personId);
  const headers = t.agreementColumns;
  return (
    <RelatedTable
      heading={t.agreementsHeading}
      empty={t.noAgreements}
      headers={[headers.title, headers.kind, headers.signedOn, headers.status]}
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
