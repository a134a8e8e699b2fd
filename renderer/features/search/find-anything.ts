import { normalizeQuery } from '../../../shared/domain/search-text';
import type { RecordTable } from '../../../shared/domain/tables';

/** What one search looks through, in the order its groups are shown. */
export const searchKinds = ['units', 'people', 'events', 'agreements', 'actionPlans', 'issuedDocuments'] as const satisfies readonly RecordTable[];
export type SearchKind = (typeof searchKinds)[number];

/** A record as the table cache holds it: `_search` is the text every list already matches against. */
export interface Searchable {
  id: string;
  _search: string;
  deleted?: boolean;
}

export interface KindHits<R extends Searchable> {
  kind: SearchKind;
  /** The best matches, best first. */
  rows: R[];
  /** How many records of this kind match in all. */
  total: number;
}

/** The parts of a search text (see shared/domain/search-text.ts): each name as written, in pinyin, and by initials. */
const separator = '\u0001';

/** 0: a part is exactly the query; 1: a part starts with it; 2: it is inside a part; -1: no match. */
export function matchRank(searchText: string, query: string): number {
  let at = searchText.indexOf(query);
  if (at < 0) return -1;
  let rank = 2;
  while (at >= 0) {
    if (at === 0 || searchText[at - 1] === separator) {
      const end = at + query.length;
      if (end === searchText.length || searchText[end] === separator) return 0;
      rank = 1;
    }
    at = searchText.indexOf(query, at + 1);
  }
  return rank;
}

const ranks = 3;

/**
 * The records of each kind that match what the user typed, by the same rule as the lists' search
 * boxes (name, pinyin, initials, credit code, document number), a whole name or number before one
 * that starts with the query before one that contains it. Within a rank the table's own order
 * (names in pinyin order) stands. One pass over each table, no sort: 40,000 records take a few
 * milliseconds, so the dialog answers every keystroke.
 */
export function findAnything<R extends Searchable>(sources: readonly { kind: SearchKind; rows: readonly R[] | undefined }[], typed: string, perKind: number): KindHits<R>[] {
  const query = normalizeQuery(typed);
  if (query === '') return [];
  const groups: KindHits<R>[] = [];
  for (const { kind, rows } of sources) {
    if (!rows) continue;
    const buckets: R[][] = Array.from({ length: ranks }, () => []);
    let total = 0;
    for (const row of rows) {
      if (row.deleted) continue;
      const rank = matchRank(row._search, query);
      if (rank < 0) continue;
      total += 1;
      const bucket = buckets[rank];
      if (bucket && bucket.length < perKind) bucket.push(row);
    }
    if (total > 0) groups.push({ kind, rows: buckets.flat().slice(0, perKind), total });
  }
  return groups;
}

/** Where a found record opens. */
export function recordPath(kind: SearchKind, id: string): string {
  const sections: Record<SearchKind, string> = {
    units: '/units',
    people: '/people',
    events: '/events',
    agreements: '/agreements',
    actionPlans: '/plans',
    issuedDocuments: '/documents/issued',
  };
  return `${sections[kind]}/${encodeURIComponent(id)}`;
}

/** The highlighted result after ↑ (-1) or ↓ (+1), going round at either end; -1 when there are none. */
export function moveSelection(current: number, step: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (((current + step) % count) + count) % count;
}
