import { eventDateText } from '../documents/event-heading';
import type { EventRecord } from '../domain/records';
import type { Locale } from '../i18n/locale';
import type { AnnualFigures } from './annual-figures';
import type { Chart } from './charts';
import { reportCharts } from './charts';
import type { FigureRow } from './report-sections';
import { reportSections } from './report-sections';

/** What the annual report prints, once for the PDF and the .docx: title, sections of figures, charts, the year's events. */
export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: { heading: string; rows: FigureRow[]; hasSources: boolean }[];
  charts: Chart[];
  /** The year's events as the narrative's starting points: 2024年6月13日 丽水…成立启动仪式（丽水市职业高级中学）. */
  events: string[];
  eventRecords: EventRecord[];
  words: { charts: string; events: string; none: string; write: string };
}

const words = {
  'zh-CN': { charts: '数据图表', events: '年度工作情况', none: '无', write: '（请在此撰写本项工作的开展情况、成效和经验。）', subtitle: (year: number) => `（${String(year)}年1月1日至12月31日）`, title: (name: string, year: number) => `${name}${String(year)}年度工作报告` },
  en: { charts: 'Charts', events: 'The year’s work', none: 'None', write: '(Write here how this work went, what it achieved and what was learnt.)', subtitle: (year: number) => `(1 January to 31 December ${String(year)})`, title: (name: string, year: number) => `${name}: annual report ${String(year)}` },
} as const;

const zhNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** 一、成员单位 — the first-level headings of an official document. */
export function numberedHeading(index: number, heading: string): string {
  return `${zhNumbers[index] ?? String(index + 1)}、${heading}`;
}

export function reportDocument(figures: AnnualFigures, allianceName: string, events: readonly EventRecord[], locale: Locale): ReportDocument {
  const w = words[locale];
  const ofYear = events
    .filter((e) => !e.deleted && e.allianceId === figures.allianceId && e.startsOn.startsWith(String(figures.year)))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || (a.id < b.id ? -1 : 1));
  return {
    title: w.title(allianceName, figures.year),
    subtitle: w.subtitle(figures.year),
    sections: reportSections(figures, locale).map((section) => ({ heading: section.heading, rows: section.rows, hasSources: section.key === 'own' })),
    charts: reportCharts(figures, locale),
    events: ofYear.map((e) => `${locale === 'zh-CN' ? eventDateText(e) : e.startsOn}\u3000${e.title}${e.venue ? (locale === 'zh-CN' ? `（${e.venue}）` : ` (${e.venue})`) : ''}`),
    eventRecords: ofYear,
    words: { charts: w.charts, events: w.events, none: w.none, write: w.write },
  };
}
