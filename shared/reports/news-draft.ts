import { eventDateText } from '../documents/event-heading';
import type { IssuedDocument } from '../domain/documents';
import type { Agreement, Alliance, Appointment, EventRecord, Membership, Participant, Person, Unit } from '../domain/records';
import { agreementKinds, appointmentBodies, appointmentRoles, eventKinds, membershipRoles } from '../domain/vocabulary';
import type { Locale } from '../i18n/locale';

/**
 * The news report an office writes after an event (issue 17.5), drafted from the registry in the
 * structure of the seed reports: when and where with the guests in protocol order, who spoke about
 * what in the order of the agenda, the licences and letters of appointment handed out by role, the
 * agreements signed with their parties, what followed the same day, and the photos in order.
 */

export interface NewsInput {
  event: EventRecord;
  alliance: Alliance | undefined;
  /** The alliance's other events: those of the same day are what followed. */
  events: readonly EventRecord[];
  participants: readonly Participant[];
  people: readonly Person[];
  units: readonly Unit[];
  memberships: readonly Membership[];
  appointments: readonly Appointment[];
  agreements: readonly Agreement[];
  issuedDocuments: readonly IssuedDocument[];
  locale: Locale;
}

export type NewsBlock = { kind: 'paragraph'; text: string } | { kind: 'photo'; number: number; sha256: string };

export interface NewsDraft {
  title: string;
  blocks: NewsBlock[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function newsDraft(input: NewsInput): NewsDraft {
  const { event, locale } = input;
  const zh = locale === 'zh-CN';
  const list = (names: readonly string[]): string => (zh ? names.join('、') : names.join(', '));
  const units = new Map(input.units.map((unit) => [unit.id, unit]));
  const people = new Map(input.people.filter((p) => !p.deleted).map((p) => [p.id, p]));
  const unitName = (id: string | null): string => {
    const unit = id ? units.get(id) : undefined;
    return unit ? (zh ? unit.name : unit.shortName || unit.name) : '';
  };
  /** 丽水市教育局党委委员、副局长桑文勇 — office, post, name, as the seeds name a guest. */
  const described = (person: Person): string => {
    const post = person.position || person.title;
    return zh ? `${unitName(person.unitId)}${post}${person.name}` : [person.name, post, unitName(person.unitId)].filter(Boolean).join(', ');
  };
  const participants = input.participants.filter((p) => !p.deleted && p.eventId === event.id).sort(byId);
  const attending = participants.flatMap((p) => (p.personId ? (people.get(p.personId) ?? []) : []));
  const personNamed = (name: string): Person | undefined => attending.find((p) => p.name === name) ?? [...people.values()].find((p) => p.name === name);

  const paragraphs: string[] = [];

  // When, where, who attended: the guest leaders in the order the office listed them (protocol order).
  const when = eventDateText(event);
  const guests = participants.filter((p) => p.role === 'guest-leader').flatMap((p) => (p.personId ? (people.get(p.personId) ?? []) : []));
  const guestUnits = participants.filter((p) => p.role === 'guest-leader' && p.unitId).map((p) => unitName(p.unitId));
  const venue = event.venue ? (zh ? `在${event.venue}` : ` at ${event.venue}`) : '';
  const guestNames = [...guests.map(described), ...guestUnits];
  const kindLabel = eventKinds.label(event.kind, 'zh-CN');
  const occasion = kindLabel.endsWith('仪式') ? '仪式' : kindLabel.endsWith('会') ? '会议' : '活动';
  paragraphs.push(
    zh
      ? `${when}，${event.title}${venue}举行。${guestNames.length > 0 ? `${guestNames.join('，')}等领导和嘉宾出席${occasion}。` : ''}`
      : `On ${event.startsOn}, the ${event.title} was held${venue}.${guestNames.length > 0 ? ` ${guestNames.join('; ')} and other leaders and guests attended.` : ''}`,
  );

  // Licences and letters handed out, by role: what was issued at the event, else who joined or was appointed that day.
  const handed = handedOut(input, unitName);
  // Agreements signed at the event, with their parties.
  const signings = input.agreements
    .filter((a) => !a.deleted && a.eventId === event.id)
    .sort(byId)
    .map((agreement) => {
      const signatories = agreement.signatoryIds.flatMap((id) => people.get(id) ?? []).map(described);
      const parties = agreement.partyUnitIds.map((id) => unitName(id)).filter(Boolean);
      const kind = agreementKinds.label(agreement.kind, locale);
      return zh
        ? `${signatories.length > 0 ? `${signatories.join('与')}签订` : '签订'}《${agreement.title}》（${kind}），协议方：${list(parties)}。`
        : `${signatories.length > 0 ? `${list(signatories)} signed` : 'Signed:'} “${agreement.title}” (${kind}), between ${list(parties)}.`;
    });

  // Who spoke about what, in the order of the agenda; the items that hand out licences or sign an
  // agreement are told with what the registry holds of them (by role, with the parties).
  let handedTold = false;
  let signingsTold = false;
  for (const item of [...event.agenda].sort((a, b) => a.time.localeCompare(b.time))) {
    const speakers = item.speaker
      .split(/[、，,/]/)
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        const person = personNamed(name);
        return person ? described(person) : name;
      });
    if (handed && !handedTold && /授牌|聘书|licen|appointment/i.test(item.title)) {
      paragraphs.push(zh ? `${speakers.join('、') || '会上'}${handed}。` : `${speakers.length > 0 ? `${list(speakers)}: ` : ''}${handed}.`);
      handedTold = true;
    } else if (signings.length > 0 && !signingsTold && /签订|签约|签署|sign/i.test(item.title)) {
      paragraphs.push(...signings);
      signingsTold = true;
    } else {
      paragraphs.push(zh ? `${speakers.length > 1 ? speakers.join('与') : (speakers[0] ?? '')}${item.title}。` : `${speakers.length > 0 ? `${list(speakers)}: ` : ''}${item.title}.`);
    }
  }
  if (handed && !handedTold) paragraphs.push(zh ? `会上，${handed}。` : `At the event, ${handed}.`);
  if (!signingsTold) paragraphs.push(...signings);

  // What followed the same day: seminar, demonstration classes, lectures, a visit, each with who led it.
  const followed = input.events
    .filter((other) => !other.deleted && other.id !== event.id && other.allianceId === event.allianceId && other.startsOn === event.startsOn)
    .sort((a, b) => (a.agenda[0]?.time ?? '').localeCompare(b.agenda[0]?.time ?? '') || byId(a, b));
  for (const other of followed) {
    const leaders = input.participants
      .filter((p) => !p.deleted && p.eventId === other.id && (p.role === 'expert' || p.role === 'speaker' || p.role === 'teacher') && p.personId)
      .sort(byId)
      .flatMap((p) => people.get(p.personId ?? '') ?? [])
      .map((p) => p.name);
    const by = leaders.length > 0 ? (zh ? `（${list(leaders)}）` : ` (${list(leaders)})`) : '';
    const minutes = other.minutes.split('\n')[0]?.trim() ?? '';
    paragraphs.push(zh ? `${other.title}${by}。${minutes}` : `${eventKinds.label(other.kind, locale)}: ${other.title}${by}.${minutes ? ` ${minutes}` : ''}`);
  }

  const about = input.alliance?.description.split('\n').find((line) => /[\u4e00-\u9fff]/.test(line) && !line.startsWith('（') && !line.startsWith('英文名称'));
  if (zh && about) paragraphs.push(about);

  // The photos in order, one after each paragraph as the seeds place them, the rest at the end.
  const blocks: NewsBlock[] = [];
  const photos = event.photos.map((sha256, index) => ({ kind: 'photo' as const, number: index + 1, sha256 }));
  paragraphs.forEach((text, index) => {
    blocks.push({ kind: 'paragraph', text });
    const photo = index > 0 || paragraphs.length === 1 ? photos.shift() : undefined;
    if (photo) blocks.push(photo);
  });
  blocks.push(...photos);
  return { title: event.title, blocks };
}

function handedOut(input: NewsInput, unitName: (id: string) => string): string | undefined {
  const { event, locale } = input;
  const zh = locale === 'zh-CN';
  const list = (names: readonly string[]): string => names.join(zh ? '、' : ', ');
  const issued = input.issuedDocuments.filter((d) => !d.deleted && !d.revoked && d.eventId === event.id).sort(byId);
  const memberships = new Map(input.memberships.map((m) => [m.id, m]));
  const appointments = new Map(input.appointments.map((a) => [a.id, a]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const licences = new Map<string, string[]>();
  const letters = new Map<string, string[]>();
  const add = (groups: Map<string, string[]>, role: string, name: string): void => {
    groups.set(role, [...(groups.get(role) ?? []), name]);
  };
  const post = (a: Appointment): string => `${appointmentBodies.label(a.body, locale)}${zh ? '' : ' '}${appointmentRoles.label(a.role, locale)}`;
  if (issued.length > 0) {
    for (const document of issued) {
      if (document.kind === 'unit-licence') {
        const membership = document.sourceId ? memberships.get(document.sourceId) : undefined;
        add(licences, membership ? membershipRoles.label(membership.role, locale) : '', document.recipientName);
      } else if (document.kind === 'appointment-letter') {
        const appointment = document.sourceId ? appointments.get(document.sourceId) : undefined;
        add(letters, appointment ? post(appointment) : '', document.recipientName);
      }
    }
  } else {
    const day = event.startsOn;
    for (const role of membershipRoles.values) {
      for (const m of input.memberships.filter((m) => !m.deleted && m.allianceId === event.allianceId && m.joinedOn === day && m.role === role && m.status !== 'withdrawn').sort(byId)) add(licences, membershipRoles.label(role, locale), unitName(m.unitId));
    }
    for (const a of input.appointments.filter((a) => !a.deleted && a.allianceId === event.allianceId && a.termStart === day).sort(byId)) add(letters, post(a), people.get(a.personId)?.name ?? '');
  }
  const groups = (map: Map<string, string[]>): string[] => [...map.entries()].map(([role, names]) => (zh ? `${role}${list(names)}` : `${role ? `${role}s ` : ''}${list(names)}`));
  const parts = [
    licences.size > 0 ? (zh ? `为${groups(licences).join('，')}授牌` : `licences were handed to ${groups(licences).join('; ')}`) : '',
    letters.size > 0 ? (zh ? `为${groups(letters).join('，')}颁发聘书` : `letters of appointment to ${groups(letters).join('; ')}`) : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return zh ? parts.join('；') : parts.join('; ');
}

/** The draft as text to paste into a WeChat article: paragraphs a blank line apart, each photo marked where it goes. */
export function newsText(draft: NewsDraft, locale: Locale): string {
  const photo = (n: number): string => (locale === 'zh-CN' ? `【图${String(n)}】` : `[Photo ${String(n)}]`);
  return [draft.title, ...draft.blocks.map((block) => (block.kind === 'paragraph' ? block.text : photo(block.number)))].join('\n\n') + '\n';
}
