import type { ReactNode } from 'react';
import { eventKinds, participantRoles } from '../../../shared/domain/vocabulary';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { peopleMessages } from './messages';
import { RecordLink, RelatedTable } from '../../components/record/RelatedTable';
import { RelatedAgreements } from '../../components/record/RelatedAgreements';
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
  const t = useMessages(peopleMessages);
  return <RelatedAgreements index="signatoryIds" id={personId} texts={{ heading: t.agreementsHeading, empty: t.noAgreements, columns: t.agreementColumns }} />;
}
