import { useDeferredValue, useMemo } from 'react';
import { useNames, useRecords } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import type { SearchKind } from './find-anything';
import { findAnything, recordPath } from './find-anything';
import { searchMessages } from './messages';

export interface FoundItem {
  kind: SearchKind;
  id: string;
  primary: string;
  secondary: string;
  path: string;
}

export interface FoundGroup {
  kind: SearchKind;
  items: FoundItem[];
  total: number;
}

/** Each kind shows its best few; the lists' own search shows the rest. */
const perKind = 6;

/** A found record's lines, from the fields it has (kinds differ). */
interface Describable {
  id: string;
  _search: string;
  deleted?: boolean;
  name?: string;
  title?: string;
  number?: string;
  shortName?: string;
  creditCode?: string;
  unitId?: string | null;
  position?: string;
  startsOn?: string;
  venue?: string;
  signedOn?: string | null;
  periodFrom?: number;
  periodTo?: number;
  recipientName?: string;
  revoked?: boolean;
}

/**
 * The search of the find dialog over the registry's cached tables (the lists' own rows and search
 * text, not an index of its own). The query is deferred, so typing never waits on a search.
 */
export function useFindAnything(query: string): { groups: FoundGroup[]; query: string } {
  const t = useMessages(searchMessages);
  const deferred = useDeferredValue(query);
  const units = useRecords('units');
  const people = useRecords('people');
  const events = useRecords('events');
  const agreements = useRecords('agreements');
  const plans = useRecords('actionPlans');
  const issued = useRecords('issuedDocuments');
  const unitNames = useNames('units');
  return useMemo(() => {
    const sources: { kind: SearchKind; rows: readonly Describable[] | undefined }[] = [
      { kind: 'units', rows: units },
      { kind: 'people', rows: people },
      { kind: 'events', rows: events },
      { kind: 'agreements', rows: agreements },
      { kind: 'actionPlans', rows: plans },
      { kind: 'issuedDocuments', rows: issued },
    ];
    const describe = (kind: SearchKind, row: Describable): Omit<FoundItem, 'kind' | 'id' | 'path'> => {
      switch (kind) {
        case 'units':
          return { primary: row.name ?? '', secondary: [row.shortName, row.creditCode].filter(Boolean).join(' · ') };
        case 'people':
          return { primary: row.name ?? '', secondary: [row.unitId ? unitNames?.get(row.unitId) : '', row.position].filter(Boolean).join(' · ') };
        case 'events':
          return { primary: row.title ?? '', secondary: [row.startsOn, row.venue].filter(Boolean).join(' · ') };
        case 'agreements':
          return { primary: row.title ?? '', secondary: row.signedOn ?? '' };
        case 'actionPlans':
          return { primary: row.title ?? '', secondary: row.periodFrom && row.periodTo ? `${row.periodFrom}–${row.periodTo}` : '' };
        case 'issuedDocuments':
          return { primary: row.number ?? '', secondary: [row.recipientName, row.revoked ? t.revoked : ''].filter(Boolean).join(' · ') };
      }
    };
    const groups = findAnything(sources, deferred, perKind).map((group) => ({
      kind: group.kind,
      total: group.total,
      items: group.rows.map((row) => ({ kind: group.kind, id: row.id, path: recordPath(group.kind, row.id), ...describe(group.kind, row) })),
    }));
    // The query the results are for: behind what is typed while a search is still on its way.
    return { groups, query: deferred };
  }, [deferred, units, people, events, agreements, plans, issued, unitNames, t]);
}
