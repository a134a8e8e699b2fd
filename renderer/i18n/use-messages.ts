import type { Locale } from '../../shared/i18n/locale';
import { useLocale } from './locale-context';

/** A feature's own texts, in both languages; the feature keeps them beside its screens. */
export type Catalog<M> = Record<Locale, M>;

export function useMessages<M>(catalog: Catalog<M>): M {
  return catalog[useLocale().locale];
}
