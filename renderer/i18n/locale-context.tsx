import { createContext, useCallback, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '../../shared/i18n/locale';
import { resolveLocale } from '../../shared/i18n/locale';
import { desk } from '../bridge/desk';
import { useSetting, writeSetting } from '../db/settings';
import { en } from './en';
import type { Messages } from './zh-CN';
import { zhCN } from './zh-CN';

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

interface LocaleState {
  locale: Locale;
  t: Messages;
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

/**
 * The interface language: the one the user chose (kept in the device settings), or else the
 * system's. Children render only once the setting is read, so the app never flashes in the
 * wrong language.
 */
export function LocaleProvider({ children }: { children: ReactNode }): ReactNode {
  const stored = useSetting('locale');
  const locale = stored ?? resolveLocale(navigator.languages);
  const setLocale = useCallback((next: Locale) => writeSetting('locale', next), []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${catalogs[locale].appName} · ${locale === 'zh-CN' ? 'Alliance Desk' : '产教联盟工作台'}`;
    // The desktop menu follows; in browser mode there is no menu and the call does nothing.
    desk.app.setLocale({ locale }).catch(() => undefined);
  }, [locale]);

  const value = useMemo(() => ({ locale, t: catalogs[locale], setLocale }), [locale, setLocale]);
  if (stored === undefined) return null;
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside LocaleProvider');
  return state;
}

export function useT(): Messages {
  return useLocale().t;
}
