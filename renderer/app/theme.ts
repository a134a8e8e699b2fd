import { createTheme } from '@mui/material/styles';
import type { Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Locale } from '../../shared/i18n/locale';

const fontFamily = ['"Noto Sans CJK SC"', '"Source Han Sans SC"', '"PingFang SC"', '"Microsoft YaHei"', 'system-ui', 'sans-serif'].join(',');

export function createDeskTheme(locale: Locale): Theme {
  return createTheme(
    {
      palette: { primary: { main: '#b3261e' }, secondary: { main: '#1d4f91' }, background: { default: '#f5f6f8' } },
      typography: { fontFamily },
      shape: { borderRadius: 6 },
    },
    locale === 'zh-CN' ? zhCN : enUS,
  );
}
