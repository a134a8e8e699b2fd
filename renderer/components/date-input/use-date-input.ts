import { useLocale } from '../../i18n/locale-context';
import { IsoDateInput } from './IsoDateInput';

/**
 * What a date TextField passes as `slotProps.input`: in the Chinese interface the input that shows
 * 2026-06-13 (see IsoDateInput); in English the browser's own date input.
 */
export function useDateInput(): { inputComponent?: typeof IsoDateInput } {
  const { locale } = useLocale();
  return locale === 'zh-CN' ? { inputComponent: IsoDateInput } : {};
}
