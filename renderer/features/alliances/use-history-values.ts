import { useCallback } from 'react';
import { allianceKinds } from '../../../shared/domain/vocabulary';
import { useLocale } from '../../i18n/locale-context';

/** The history of an alliance in words: the kind by its name, a logo or seal as "image", not a hash. */
export function useAllianceHistoryValues(): (field: string, value: unknown) => string | undefined {
  const { locale } = useLocale();
  return useCallback(
    (field, value) => {
      if (field === 'kind' && allianceKinds.has(value)) return allianceKinds.label(value, locale);
      if ((field === 'logo' || field === 'seal' || field === 'signature') && typeof value === 'string') return locale === 'zh-CN' ? '图片' : 'image';
      return undefined;
    },
    [locale],
  );
}
