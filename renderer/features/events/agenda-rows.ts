import type { AgendaItem } from '../../../shared/domain/records';

/** An agenda item while being edited: a local key keeps each row's fields in place as rows move. */
export interface AgendaRow extends AgendaItem {
  key: string;
}

/** Keys by position, so the stored agenda and the draft made from it render the same inputs (focus stays put). */
export function toRows(agenda: readonly AgendaItem[]): AgendaRow[] {
  return agenda.map((item, index) => ({ ...item, key: `stored-${index}` }));
}

export function toAgenda(rows: readonly AgendaRow[]): AgendaItem[] {
  return rows.map(({ time, title, speaker }) => ({ time: normalizeTime(time), title, speaker }));
}

/**
 * Times as offices type them — 9:30, 9：30 (full-width colon), 9.30, 930, 1430 — written as
 * HH:MM. Anything else is left as typed, for the data layer to refuse with a clear message.
 */
export function normalizeTime(typed: string): string {
  const text = typed.trim().replace(/[：.．]/g, ':');
  const match = /^(\d{1,2}):(\d{2})$/.exec(text) ?? /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match) return typed.trim();
  const [, hours = '', minutes = ''] = match;
  return `${hours.padStart(2, '0')}:${minutes}`;
}

/** The row at `index` swapped with its neighbour above (-1) or below (+1); unchanged at the ends. */
export function moveRow<T>(rows: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  const next = [...rows];
  const row = next[index];
  const other = next[target];
  if (row === undefined || other === undefined) return next;
  next[index] = other;
  next[target] = row;
  return next;
}

/** A new row starts at the time of the last one, as programmes mostly run on from there. */
export function blankRow(rows: readonly AgendaRow[], key: string): AgendaRow {
  return { key, time: rows.at(-1)?.time ?? '09:00', title: '', speaker: '' };
}

/** Problems by row and field, from data-layer issue paths like `agenda.2.time`. */
export function rowProblems<P>(issues: readonly { path: string; problem: P }[]): Map<string, P> {
  const problems = new Map<string, P>();
  for (const issue of issues) {
    const [field, index, key] = issue.path.split('.');
    if (field === 'agenda' && index !== undefined && key !== undefined) problems.set(`${index}.${key}`, issue.problem);
  }
  return problems;
}
