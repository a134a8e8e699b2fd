import { useLiveQuery } from 'dexie-react-hooks';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { officeCodePattern } from '../../shared/documents/numbering';
import { calibrationSchema, printChoiceSchema, printOrderSchema } from '../../shared/documents/print-settings';
import { localeSchema } from '../../shared/i18n/locale';
import type { DeskDatabase } from './database';
import { db as defaultDb } from './database';

/** Every device setting, each with its schema: a value that fails it reads as unset. */
const settingSchemas = {
  locale: localeSchema,
  officeName: z.string().trim().max(80),
  deviceId: z.uuid(),
  /** The last hybrid-logical-clock stamp this device made or saw, so a restart never goes back. */
  clock: z.string().min(1),
  /** Ms added to this machine's clock for stamps while it runs ahead of the sync server's (renderer/sync/clock-recovery.ts). */
  clockCorrectionMs: z.number().int(),
  /** The first-run offer of the seed reports' sample data, answered once. */
  sampleData: z.enum(['loaded', 'declined']),
  /** This office's code in document numbers (shared/documents/numbering.ts); unset: derived from deviceId. */
  officeCode: z.string().regex(officeCodePattern),
  /** The alliances whose issue set-up (office code, issuer, seal, logo, signature) this device has done: none is numbered before. */
  officeSetUp: z.array(z.uuid()).max(1000),
  /** Printing at ceremonies (shared/documents/print-settings.ts): the printer, its calibration, each event's order. */
  printChoice: printChoiceSchema,
  calibration: calibrationSchema,
  printOrders: printOrderSchema,
};
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

export async function readSetting<K extends SettingKey>(key: K, db: DeskDatabase = defaultDb): Promise<SettingValue<K> | null> {
  const row = await db.settings.get(key);
  const parsed = settingSchemas[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : null;
}

export async function writeSetting<K extends SettingKey>(key: K, value: SettingValue<K>, db: DeskDatabase = defaultDb): Promise<void> {
  await db.settings.put({ key, value: settingSchemas[key].parse(value) });
}

/** undefined while loading, null when never set. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | null | undefined {
  return useLiveQuery(() => readSetting(key), [key]);
}

/**
 * This installation's identity, made once: the sync issue stamps every operation with it. Made in
 * a transaction so two tabs starting together cannot each make one.
 */
export function ensureDeviceId(db: DeskDatabase = defaultDb): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await readSetting('deviceId', db);
    if (existing) return existing;
    const id = uuidv7();
    await writeSetting('deviceId', id, db);
    return id;
  });
}
