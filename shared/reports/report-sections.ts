import type { Locale } from '../i18n/locale';
import { agreementKinds, appointmentRoles, eventKinds, membershipRoles, ownFigureKinds, taskStatuses, templateKinds, unitKinds } from '../domain/vocabulary';
import type { AnnualFigures } from './annual-figures';

/**
 * The annual figures as the report shows them — numbered sections of labelled rows, each row with
 * the list route (and filter) of the records behind it — once for the screen, the PDF and the .docx.
 */

export interface FigureRow {
  label: string;
  value: number;
  /** The list the figure counts, filtered with the URL parameters the lists understand; null for an own figure. */
  link: string | null;
  indent: boolean;
  /** Where an own figure comes from. */
  source?: string;
}

export interface FigureSection {
  key: 'members' | 'committee' | 'events' | 'agreements' | 'documents' | 'tasks' | 'own';
  heading: string;
  rows: FigureRow[];
}

const list = (path: string, params: Record<string, string>): string => `${path}?${new URLSearchParams(params).toString()}`;

const words = {
  'zh-CN': {
    members: '成员单位',
    memberTotal: '成员单位总数',
    joined: '本年新加入',
    withdrawn: '已退出',
    committee: '专家指导委员会',
    committeeTotal: '委员总数',
    events: '活动开展',
    eventTotal: '活动总数',
    participants: (count: number) => `（参与 ${String(count)} 人次）`,
    participantTotal: '参与人次',
    agreements: '合作协议',
    signed: '本年签订',
    inForce: '年末履行中',
    documents: '证书与聘书',
    issued: '本年颁发',
    revoked: '本年撤销',
    tasks: '行动计划任务',
    due: '本年到期任务',
    done: '已完成',
    late: '逾期未完成',
    own: '联盟自报数据',
  },
  en: {
    members: 'Member units',
    memberTotal: 'Member units',
    joined: 'Joined this year',
    withdrawn: 'Withdrawn',
    committee: 'Expert Steering Committee',
    committeeTotal: 'Members of the committee',
    events: 'Events',
    eventTotal: 'Events',
    participants: (count: number) => ` (${String(count)} participants)`,
    participantTotal: 'Participants',
    agreements: 'Agreements',
    signed: 'Signed this year',
    inForce: 'In force at the year’s end',
    documents: 'Licences and letters',
    issued: 'Issued this year',
    revoked: 'Revoked this year',
    tasks: 'Action-plan tasks',
    due: 'Due this year',
    done: 'Done',
    late: 'Late',
    own: 'Figures of the alliance’s own',
  },
} as const;

export function reportSections(figures: AnnualFigures, locale: Locale): FigureSection[] {
  const w = words[locale];
  const alliance = figures.allianceId;
  const year = String(figures.year);
  const row = (label: string, value: number, link: string | null, indent = false): FigureRow => ({ label, value, link, indent });
  const units = (params: Record<string, string>) => list('/units', { alliance, ...params });
  const { members, committee, events, agreements, documents, tasks } = figures;
  return [
    {
      key: 'members',
      heading: w.members,
      rows: [
        row(w.memberTotal, members.total, units({ status: 'active' })),
        ...members.byKind.map((t) => row(unitKinds.label(t.key, locale), t.count, units({ kind: t.key, status: 'active' }), true)),
        ...members.byRole.map((t) => row(membershipRoles.label(t.key, locale), t.count, units({ role: t.key, status: 'active' }), true)),
        row(w.joined, members.joined, units({})),
        row(w.withdrawn, members.withdrawn, units({ status: 'withdrawn' })),
      ],
    },
    {
      key: 'committee',
      heading: w.committee,
      rows: [
        row(w.committeeTotal, committee.total, list('/people', { alliance, body: 'expert-steering-committee' })),
        ...committee.byPost.map((t) => row(appointmentRoles.label(t.key, locale), t.count, list('/people', { alliance, body: 'expert-steering-committee' }), true)),
      ],
    },
    {
      key: 'events',
      heading: w.events,
      rows: [
        row(w.eventTotal, events.total, list('/events', { alliance, year })),
        ...events.byKind.map((t) => row(`${eventKinds.label(t.key, locale)}${w.participants(t.participants)}`, t.count, list('/events', { alliance, year, kind: t.key }), true)),
        row(w.participantTotal, events.participants, list('/events', { alliance, year })),
      ],
    },
    {
      key: 'agreements',
      heading: w.agreements,
      rows: [
        row(w.signed, agreements.signed, list('/agreements', { alliance })),
        ...agreements.signedByKind.map((t) => row(agreementKinds.label(t.key, locale), t.count, list('/agreements', { alliance, kind: t.key }), true)),
        row(w.inForce, agreements.inForce, list('/agreements', { alliance, status: 'active' })),
      ],
    },
    {
      key: 'documents',
      heading: w.documents,
      rows: [
        row(w.issued, documents.issued, list('/documents/issued', { alliance })),
        ...documents.issuedByKind.map((t) => row(templateKinds.label(t.key, locale), t.count, list('/documents/issued', { alliance, kind: t.key }), true)),
        row(w.revoked, documents.revoked, list('/documents/issued', { alliance, status: 'revoked' })),
      ],
    },
    {
      key: 'tasks',
      heading: w.tasks,
      rows: [
        row(w.due, tasks.due, list('/plans', { alliance, year })),
        ...tasks.byStatus.map((t) => row(taskStatuses.label(t.key, locale), t.count, list('/plans', { alliance, year }), true)),
        row(w.done, tasks.done, list('/plans', { alliance, year })),
        row(w.late, tasks.late, list('/plans', { alliance, year })),
      ],
    },
    {
      key: 'own',
      heading: w.own,
      rows: figures.own.map((figure) => ({ ...row(ownFigureKinds.label(figure.kind, locale), figure.value, null), source: figure.source })),
    },
  ];
}
