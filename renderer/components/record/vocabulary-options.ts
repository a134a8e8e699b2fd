import type { Locale } from '../../../shared/i18n/locale';

/** Select options for one of the closed lists of shared/domain/vocabulary.ts. */
export function vocabularyOptions<K extends string>(vocabulary: { values: readonly K[]; label: (value: K, locale: Locale) => string }, locale: Locale): { value: K; label: string }[] {
  return vocabulary.values.map((value) => ({ value, label: vocabulary.label(value, locale) }));
}
