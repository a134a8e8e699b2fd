import type { HistoryEntry } from '../../db/database';

/**
 * The second line of a history entry: when and which office, and, when that office's pulled change
 * replaced a value this desk wrote (replacedMine), that it did — so the office sees it in the list too.
 */
export function historySecondary(entry: Pick<HistoryEntry, 'replacedMine'>, when: string, office: string, replacedBy: (office: string) => string): string {
  return entry.replacedMine ? `${when} · ${office} · ${replacedBy(office)}` : `${when} · ${office}`;
}
