import { useLiveQuery } from 'dexie-react-hooks';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import { db } from '../../../db/database';
import { derive } from '../../../db/derive';
import { useRecords } from '../../../db/queries';
import { parseHlc } from '../../../../shared/sync/hlc';
import type { NumberOrigin } from './issue-plan';
import type { RegistryView } from './recipient-candidates';
import { registryViewOf } from './recipient-candidates';

/** The records recipients are chosen from; undefined while any table loads. */
export function useRegistryView(): RegistryView | undefined {
  const units = useRecords('units', { includeDeleted: true });
  const people = useRecords('people', { includeDeleted: true });
  const memberships = useRecords('memberships', { includeDeleted: true });
  const appointments = useRecords('appointments', { includeDeleted: true });
  const agreements = useRecords('agreements', { includeDeleted: true });
  const participants = useRecords('participants', { includeDeleted: true });
  if (!units || !people || !memberships || !appointments || !agreements || !participants) return undefined;
  return derive('documents registry view', [units, people, memberships, appointments, agreements, participants], () =>
    registryViewOf({ units, people, memberships, appointments, agreements, participants }),
  );
}

/** Every number the device holds (deleted and revoked included), for the numbers the preview shows. */
export function useKnownNumbers(): string[] | undefined {
  return useLiveQuery(async () => (await db.recordTable('issuedDocuments').orderBy('number').keys()) as string[]);
}

/** The documents of a template recipients still hold (not revoked, not deleted): re-issuing to them asks first. */
export function useHeldDocuments(templateId: string | undefined): IssuedDocument[] | undefined {
  return useLiveQuery(async () => {
    if (!templateId) return [];
    const rows = await db.recordTable('issuedDocuments').where('templateId').equals(templateId).toArray();
    return rows.filter((row) => !row.deleted && !row.revoked);
  }, [templateId]);
}

/** Every number with the device that issued it (from the record's creation stamp). */
export function useNumberOrigins(): NumberOrigin[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.recordTable('issuedDocuments').toArray();
    return rows.map((row) => {
      const stamp = row._clocks.id;
      let deviceId: string | undefined;
      try {
        deviceId = stamp ? parseHlc(stamp).deviceId : undefined;
      } catch {
        deviceId = undefined;
      }
      return { number: row.number, deviceId };
    });
  });
}
