import type { Locale } from '../../../shared/i18n/locale';

/** A moment as the user reads it: 2026年11月22日 12:35 / Nov 22, 2026, 12:35 PM. */
export function formatTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** Bytes as KB or MB, for backup sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
