import { Button } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAddAlt';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { eventKinds, participantRoles } from '../../../shared/domain/vocabulary';
import { useRecordsWhere } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import { RecordLink, RelatedTable } from '../../components/record/RelatedTable';
import { RelatedAgreements } from '../../components/record/RelatedAgreements';
import { useUnitEvents } from './use-unit-events';

const collator = new Intl.Collator('zh-CN');

/** The people employed by the unit. */
export function UnitPeople({ unitId }: { unitId: string }): ReactNode {
  const t = useMessages(unitMessages);
  const navigate = useNavigate();
  const people = useRecordsWhere('people', 'unitId', unitId);
  const headers = t.peopleColumns;
  return (
    <RelatedTable
      heading={t.peopleHeading}
      empty={t.noPeople}
      headers={[headers.name, headers.position, headers.title, headers.phone]}
      rows={people
        ?.toSorted((a, b) => collator.compare(a.name, b.name))
        .map((person) => ({ key: person.id, cells: [<RecordLink to={`/people/${person.id}`}>{person.name}</RecordLink>, person.position, person.title, person.phone] }))}
      action={
        <Button startIcon={<PersonAddIcon />} onClick={() => void navigate(`/people/new?unit=${unitId}`)}>
          {t.addPerson}
        </Button>
      }
    />
  );
}

/** The agreements the unit is a party to. */
export function UnitAgreements({ unitId }: { unitId: string }): ReactNode {
  const t = useMessages(unitMessages);
  return <RelatedAgreements index="partyUnitIds" id={unitId} texts={{ heading: t.agreementsHeading, empty: t.noAgreements, columns: t.agreementColumns }} />;
}

/** The events the unit hosted or took part in. */
export function UnitEvents({ unitId }: { unitId: string }): ReactNode {
  const { locale } = useLocale();
  const t = useMessages(unitMessages);
  const events = useUnitEvents(unitId);
  const headers = t.eventColumns;
  return (
    <RelatedTable
      heading={t.eventsHeading}
      empty={t.noEvents}
      headers={[headers.title, headers.kind, headers.startsOn, headers.part]}
      rows={events?.map(({ event, parts }) => ({
        key: event.id,
        cells: [
          <RecordLink to={`/events/${event.id}`}>{event.title}</RecordLink>,
          eventKinds.label(event.kind, locale),
          event.startsOn,
          parts.map((part) => (part === 'host' ? t.host : participantRoles.label(part, locale))).join(locale === 'zh-CN' ? '、' : ', '),
        ],
      }))}
    />
  );
}
