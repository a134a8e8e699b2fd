import type { OfficeCodeProblem } from './numbering';
import { checkOfficeCode, officeCodeFromDeviceId, officeOfNumber } from './numbering';

/**
 * The office codes a workspace already uses, read from the numbers of the issued documents this
 * desk holds (its own and those synced from other offices). A desk sets its code before its first
 * number (DESIGN.md §2); a code another device has numbered with is refused, because two desks
 * with one code would make the same numbers offline.
 */

/** An issued number, the alliance it belongs to, and the device that issued it (its record's creation stamp). */
export interface IssuedNumber {
  number: string;
  allianceId: string;
  /** undefined: the record does not say (treated as another device's, the safe side). */
  deviceId: string | undefined;
}

/** The fields of an alliance that say how its numbers read. */
export interface AlliancePattern {
  numberPattern: string;
  numberPrefix: string;
}

/** The pattern of every alliance made before patterns could be changed: older numbers still read back through it. */
const defaultPattern = '{prefix}-{year}-{office}{seq:000}';

/** The office code an issued number carries, read through its alliance's pattern (or the pattern before patterns could change). */
export function officeCodeOfNumber(origin: Pick<IssuedNumber, 'number' | 'allianceId'>, alliances: ReadonlyMap<string, AlliancePattern>): string | undefined {
  const alliance = alliances.get(origin.allianceId);
  if (!alliance) return undefined;
  return officeOfNumber(origin.number, alliance.numberPattern, alliance.numberPrefix) ?? officeOfNumber(origin.number, defaultPattern, alliance.numberPrefix);
}

/** Code → one number another device made with it (the first found, for the reason shown). */
export function codesUsedByOthers(origins: readonly IssuedNumber[], alliances: ReadonlyMap<string, AlliancePattern>, deviceId: string): Map<string, string> {
  const used = new Map<string, string>();
  for (const origin of origins) {
    if (origin.deviceId === deviceId) continue;
    const code = officeCodeOfNumber(origin, alliances);
    if (code !== undefined && !used.has(code)) used.set(code, origin.number);
  }
  return used;
}

export type OfficeCodeCheck = { problem: OfficeCodeProblem } | { problem: 'used-elsewhere'; number: string };

/** Why this (normalised) code cannot be this desk's, or null when it can. */
export function checkOfficeCodeInWorkspace(code: string, usedByOthers: ReadonlyMap<string, string>): OfficeCodeCheck | null {
  const problem = checkOfficeCode(code);
  if (problem) return { problem };
  const number = usedByOthers.get(code);
  return number === undefined ? null : { problem: 'used-elsewhere', number };
}

/**
 * The code the set-up proposes: the one already set, else the one derived from the device id,
 * else (that one is taken) the next free one derived the same way from the following ids.
 */
export function proposedOfficeCode(stored: string | null, deviceId: string, usedByOthers: ReadonlyMap<string, string>): string {
  if (stored) return stored;
  const derived = officeCodeFromDeviceId(deviceId);
  if (!usedByOthers.has(derived)) return derived;
  const hex = deviceId.replace(/-/g, '');
  const last = Number.parseInt(hex.slice(-8), 16) || 0;
  // 13,824 three-letter codes: a free one is always found long before the loop ends.
  for (let step = 1; step < 20_000; step += 1) {
    const next = (last + step) % 0x1_0000_0000;
    const candidate = officeCodeFromDeviceId(next.toString(16).padStart(8, '0'));
    if (!usedByOthers.has(candidate)) return candidate;
  }
  return derived;
}
