import type { Dexie, Transaction } from 'dexie';
import { migratePrintCounts } from './print-log-migration';

/**
 * One entry per version of the database, oldest first, never edited once released: a machine
 * that skipped versions runs every upgrade in between, in order, when it next opens the app.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie's store syntax: primary key first, then indexes; null deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { settings: 'key' },
  },
  {
    // The registry (issue 3). Booleans cannot be indexed in IndexedDB, so tombstones are
    // filtered in memory; `_search` holds names with their pinyin for searching.
    version: 2,
    stores: {
      alliances: 'id, name, kind',
      units: 'id, name, kind, creditCode',
      memberships: 'id, allianceId, unitId, role, representativeId',
      people: 'id, name, unitId',
      appointments: 'id, allianceId, personId, body',
      events: 'id, allianceId, kind, startsOn, hostUnitId',
      participants: 'id, eventId, personId, unitId',
      agreements: 'id, allianceId, kind, status, termEnd, eventId, *partyUnitIds, *signatoryIds',
      attachments: 'sha256',
      // changeId is a UUIDv7: its order is the order of the writes.
      outbox: 'changeId',
      history: '++seq, [table+rowId]',
    },
  },
  {
    // Documents and action plans (issue 4).
    version: 3,
    stores: {
      documentTemplates: 'id, allianceId, kind',
      issuedDocuments: 'id, allianceId, number, templateId, recipientId, eventId',
      actionPlans: 'id, allianceId',
      planSections: 'id, planId',
      planTasks: 'id, planId, sectionId, leadUnitId',
    },
  },
  {
    // The print log (issue 11): each print and export of a document, apart. The old print count
    // mixed the two; it becomes one `earlier` entry per document so nothing is lost.
    version: 4,
    stores: { printLog: 'id, allianceId, documentId' },
    upgrade: (transaction) => migratePrintCounts(transaction).then(() => undefined),
  },
  {
    // The alliance's own yearly figures for the annual report (issue 17.1).
    version: 5,
    stores: { allianceFigures: 'id, allianceId, year' },
  },
];

export function applySchema(db: Dexie, versions: readonly SchemaVersion[]): void {
  let previous = 0;
  for (const entry of versions) {
    if (entry.version <= previous) throw new Error(`Database versions must increase: ${entry.version} after ${previous}`);
    previous = entry.version;
    const declared = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
