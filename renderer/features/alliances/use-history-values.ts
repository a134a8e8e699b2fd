import { useCallback } from 'react';
import { allianceKinds } from '../../../shared/domain/vocabulary';
import { useLocale } from '../../i18n/locale-context';

const isKind = (value: unknown): value is (typeof allianceKinds.values)[number] => typeof value === 'string' && (allianceKinds.values as readonly string[]).includes(value);

/** The history of an alliance in words: the kind by its name, a logo or seal as "image", not a hash. */
export function useAllianceHistoryValues(): (field: string, value: unknown) => string | undefined {
  const { locale } = useLocale();
  return useCallback(
    (field, value) => {
      if (field === 'kind' && isKind(value)) return allianceKinds.label(value, locale);
      if ((field === 'logo' || field === 'seal') && typeof value === 'string') return locale === 'zh-CN' ? '图片' : 'image';
      return undefined;
    },
    [locale],
  );
}
