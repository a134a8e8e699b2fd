import type { ActionPlan, PlanSection, PlanTask } from '../domain/plans';
import { inOrder } from './plan-order';

type SectionSource = Pick<PlanSection, 'id' | 'order' | 'heading' | 'body' | 'deleted'>;
type TaskSource = Pick<PlanTask, 'id' | 'order' | 'title' | 'description' | 'leadUnitId' | 'partnerUnitIds' | 'dueOn' | 'indicators' | 'deleted'>;

/** What a plan document is made from; deleted sections and tasks may be included and are left out. */
export interface PlanSource {
  plan: Pick<ActionPlan, 'title' | 'periodFrom' | 'periodTo' | 'status' | 'issuer' | 'documentNumber' | 'issuedOn'>;
  sections: readonly SectionSource[];
  tasks: readonly TaskSource[];
  /** Names of the units tasks refer to, by id. */
  unitNames: ReadonlyMap<string, string>;
}

export interface PlanDocumentSection {
  /** 一、 二、 … 十一、 */
  number: string;
  heading: string;
  /** One entry per paragraph, as typed (the user's own （一） 1. (1) numbering kept). */
  paragraphs: string[];
}

export interface PlanDocumentTask {
  number: number;
  title: string;
  description: string;
  leadUnit: string;
  partnerUnits: string;
  due: string;
  indicators: string;
}

/** The plan as the official document says it, ready for the HTML (PDF) and the .docx writers. */
export interface PlanDocument {
  title: string;
  /** Lines centred under the title: the period when the title does not say it, （草案） for a draft. */
  subtitles: string[];
  issuer: string;
  documentNumber: string;
  /** 成文日期 in Arabic numerals as GB/T 9704-2012 §7.3.5.3 asks: 2026年11月22日. */
  date: string;
  sections: PlanDocumentSection[];
  tasks: PlanDocumentTask[];
}

/** The column headings of the task table (the document is always in Chinese). */
export const taskTableHeadings = ['序号', '主要任务', '具体内容', '牵头单位', '参与单位', '完成时限', '工作指标'] as const;

export const taskTableTitle = '主要任务分工表';

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; plans never have a hundred sections. */
export function chineseOrdinal(value: number): string {
  if (value < 10) return digits[value] ?? '';
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[value % 10] ?? ''}`;
}

/** A heading typed as 一、总体要求 or 二. 主要任务 would otherwise be numbered twice. */
const typedNumber = /^\s*[一二三四五六七八九十]+\s*[、.．]\s*/u;

/** The heading as numbered documents (and the editor) show it: the number typed by the user left out. */
export function sectionHeading(heading: string): string {
  return heading.trim().replace(typedNumber, '');
}

/**
 * The red 发文机关标志: the issuer followed by 文件, in characters that fill at most the 156 mm
 * line (a long name gets smaller characters rather than wrapping), 17 mm at most.
 */
export function mastheadOf(document: Pick<PlanDocument, 'issuer'>): { mark: string; sizeMm: number } | undefined {
  if (!document.issuer) return undefined;
  const mark = document.issuer.endsWith('文件') ? document.issuer : `${document.issuer}文件`;
  return { mark, sizeMm: Math.min(17, 148 / (Array.from(mark).length * 1.05)) };
}

/** A text's width in characters of the body face: CJK characters count one, ASCII (digits) half. */
function widthInCharacters(text: string): number {
  return Array.from(text).reduce((sum, character) => sum + (character.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
}

/**
 * Where the signature lines end, in characters from the right of the line (GB/T 9704-2012 §7.3.5.2,
 * a document without a seal): the issuer two characters in from the right, the date below it
 * starting two characters further right; a date longer than that keeps two characters to the right
 * and pushes the issuer in.
 */
export function closingIndents(issuer: string, date: string): { issuer: number; date: number } {
  if (!issuer || !date) return { issuer: 2, date: 2 };
  const dateIndent = 2 + widthInCharacters(issuer) - 2 - widthInCharacters(date);
  return dateIndent >= 2 ? { issuer: 2, date: dateIndent } : { issuer: 2 + (2 - dateIndent), date: 2 };
}

export function officialDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return '';
  return `${match[1] ?? ''}年${Number(match[2])}月${Number(match[3])}日`;
}

export function paragraphsOf(body: string | null | undefined): string[] {
  return (body ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function unitName(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) || '（单位信息未同步）';
}

/** A title ending in a bracketed period or note, 三年行动计划（2024—2026年）, is set on two lines. */
const trailingNote = /^(.+?)\s*([（(][^（）()]+[）)])$/u;

function titleLines(plan: PlanSource['plan']): { title: string; subtitles: string[] } {
  const match = trailingNote.exec(plan.title.trim());
  const title = match?.[1] ?? plan.title.trim();
  const subtitles = match?.[2] ? [match[2]] : [];
  // Offices put the period under the title; add it when the title leaves it out.
  if (!plan.title.includes(String(plan.periodFrom))) {
    subtitles.push(plan.periodFrom === plan.periodTo ? `（${String(plan.periodFrom)}年）` : `（${String(plan.periodFrom)}—${String(plan.periodTo)}年）`);
  }
  if (plan.status === 'draft') subtitles.push('（草案）');
  return { title, subtitles };
}

export function planDocument(source: PlanSource): PlanDocument {
  const { plan, unitNames } = source;
  return {
    ...titleLines(plan),
    issuer: plan.issuer.trim(),
    documentNumber: plan.documentNumber.trim(),
    date: officialDate(plan.issuedOn),
    sections: inOrder(source.sections).map((section, index) => ({
      number: `${chineseOrdinal(index + 1)}、`,
      heading: sectionHeading(section.heading),
      paragraphs: paragraphsOf(section.body),
    })),
    tasks: inOrder(source.tasks).map((task, index) => ({
      number: index + 1,
      title: task.title.trim(),
      description: task.description.trim(),
      leadUnit: task.leadUnitId ? unitName(unitNames, task.leadUnitId) : '',
      partnerUnits: task.partnerUnitIds.map((id) => unitName(unitNames, id)).join('、'),
      due: officialDate(task.dueOn),
      indicators: task.indicators.trim(),
    })),
  };
}
