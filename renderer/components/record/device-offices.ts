import type { AlliancePattern, IssuedNumber } from '../../../shared/documents/office-codes';
import { officeCodeOfNumber } from '../../../shared/documents/office-codes';

/**
 * Which office each device of the workspace is, from what syncs: each print-log entry names its
 * device and the office code it numbered with, and each issued number carries the code of the
 * device that made it. A device that has done neither stays unknown (the history then shows its id).
 */
export function officeCodesByDevice(
  printLog: readonly { deviceId: string; officeCode: string; at: string }[],
  issued: readonly IssuedNumber[],
  alliances: ReadonlyMap<string, AlliancePattern>,
): Map<string, string> {
  const codes = new Map<string, string>();
  // The print log says it outright; the latest entry wins, because a device may change its code in Settings.
  const latest = new Map<string, string>();
  for (const entry of printLog) {
    if (!entry.officeCode) continue;
    const seen = latest.get(entry.deviceId);
    if (seen === undefined || entry.at > seen) {
      latest.set(entry.deviceId, entry.at);
      codes.set(entry.deviceId, entry.officeCode);
    }
  }
  for (const origin of issued) {
    if (!origin.deviceId || codes.has(origin.deviceId)) continue;
    const code = officeCodeOfNumber(origin, alliances);
    if (code !== undefined) codes.set(origin.deviceId, code);
  }
  return codes;
}

export type DeviceLabel = { kind: 'this-device' } | { kind: 'office'; code: string } | { kind: 'device'; id: string };

/** How the history names a device: this one as 本机, another by its office code, else by its id. */
export function deviceLabel(deviceId: string, thisDevice: string | null | undefined, codes: ReadonlyMap<string, string>): DeviceLabel {
  if (thisDevice && deviceId === thisDevice) return { kind: 'this-device' };
  const code = codes.get(deviceId);
  return code ? { kind: 'office', code } : { kind: 'device', id: deviceId };
}
