import { createTheme } from '@mui/material/styles';
import type { Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Locale } from '../../shared/i18n/locale';

const chineseFaces = ['"Noto Sans CJK SC"', '"Source Han Sans SC"', '"PingFang SC"', '"Microsoft YaHei"'];
/**
 * The English interface sets Latin text in a Latin face first: a CJK face draws ’ and “ ” full
 * width, so "computer’s" read "computer’ s". Chinese names in English screens fall back to the
 * CJK faces. The Chinese interface keeps the CJK face first, whose punctuation is the Chinese one.
 */
const latinFaces = ['-apple-system', 'BlinkMacSystemFont', '"Segoe UI"', 'Roboto', '"Noto Sans"', '"Helvetica Neue"', 'Arial', '"DejaVu Sans"'];
const fontFamilies: Record<Locale, string> = {
  'zh-CN': [...chineseFaces, 'system-ui', 'sans-serif'].join(','),
  en: [...latinFaces, ...chineseFaces, 'sans-serif'].join(','),
};

export function createDeskTheme(locale: Locale): Theme {
  return createTheme(
    {
      palette: { primary: { main: '#b3261e' }, secondary: { main: '#1d4f91' }, background: { default: '#f5f6f8' } },
      typography: { fontFamily: fontFamilies[locale] },
      shape: { borderRadius: 6 },
    },
    locale === 'zh-CN' ? zhCN : enUS,
  );
}
