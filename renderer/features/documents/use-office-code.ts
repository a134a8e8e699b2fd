import { officeCodeFromDeviceId } from '../../../shared/documents/numbering';
import { useSetting } from '../../db/settings';

/** This device's code in document numbers: the one set in Settings, or the one derived from the device id. undefined while loading. */
export function useOfficeCode(): string | undefined {
  const stored = useSetting('officeCode');
  const deviceId = useSetting('deviceId');
  if (stored === undefined || deviceId === undefined) return undefined;
  if (stored) return stored;
  return deviceId ? officeCodeFromDeviceId(deviceId) : undefined;
}
