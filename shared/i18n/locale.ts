import { z } from 'zod';

/** The interface languages. Chinese comes first: it is the language of the users and their documents. */
export const locales = ['zh-CN', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

/**
 * Picks the interface language from the system's preferred languages: English only when the
 * system asks for English before any Chinese; every other system gets zh-CN.
 */
export function resolveLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
