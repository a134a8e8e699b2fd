import { useLiveQuery } from 'dexie-react-hooks';
import type { AlliancePattern, IssuedNumber } from '../../shared/documents/office-codes';
import { codesUsedByOthers, proposedOfficeCode } from '../../shared/documents/office-codes';
import { parseHlc } from '../../shared/sync/hlc';
import type { DeskDatabase } from './database';
import { db as defaultDb } from './database';
import { readSetting } from './settings';

/**
 * What this device's numbering rests on, for the set-up before its first number, the issue
 * screen and the alliance form's example number: read from the settings and the registry, live.
 */
export interface OfficeNumbering {
  deviceId: string;
  /** The code set on this device; null until its set-up (or Settings) sets one. */
  stored: string | null;
  /** The code the set-up offers: the stored one, else one derived from the device id that no other device uses. */
  proposed: string;
  /** Code → a number another device of the workspace made with it. */
  usedByOthers: Map<string, string>;
  /** Every number this device holds, deleted and revoked documents included. */
  known: string[];
  /** The alliances whose set-up this device has done. */
  setUpFor: string[];
}

/** The device that made a record: the one in the stamp of its id. */
export function creatorOf(stamp: string | undefined): string | undefined {
  if (!stamp) return undefined;
  try {
    return parseHlc(stamp).deviceId;
  } catch {
    return undefined;
  }
}

export async function readOfficeNumbering(db: DeskDatabase = defaultDb): Promise<OfficeNumbering | undefined> {
  const deviceId = await readSetting('deviceId', db);
  if (!deviceId) return undefined;
  const [stored, setUpFor, documents, alliances] = await Promise.all([
    readSetting('officeCode', db),
    readSetting('officeSetUp', db),
    db.recordTable('issuedDocuments').toArray(),
    db.recordTable('alliances').toArray(),
  ]);
  const patterns = new Map<string, AlliancePattern>(alliances.map((alliance) => [alliance.id, alliance]));
  const origins: IssuedNumber[] = documents.map((document) => ({ number: document.number, allianceId: document.allianceId, deviceId: creatorOf(document._clocks.id) }));
  const usedByOthers = codesUsedByOthers(origins, patterns, deviceId);
  return {
    deviceId,
    stored,
    proposed: proposedOfficeCode(stored, deviceId, usedByOthers),
    usedByOthers,
    known: documents.map((document) => document.number),
    setUpFor: setUpFor ?? [],
  };
}

/** undefined while loading (or before the device has its id). */
export function useOfficeNumbering(): OfficeNumbering | undefined {
  return useLiveQuery(() => readOfficeNumbering(), []);
}
