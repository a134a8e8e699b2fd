import { useSetting } from '../../db/settings';

/**
 * This device's code in document numbers, once set by its set-up (office-setup/) or in Settings;
 * null before, when nothing is numbered; undefined while loading. Never one derived silently:
 * numbers are permanent, so the office confirms its code before the first.
 */
export function useOfficeCode(): string | null | undefined {
  return useSetting('officeCode');
}
