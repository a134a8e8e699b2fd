import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { router } from './router';
import { createDeskTheme } from './theme';

function ThemedApp(): ReactNode {
  const { locale } = useLocale();
  const theme = useMemo(() => createDeskTheme(locale), [locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RouterProvider router={router} />
    </ThemeProvider>
  );
}

export function App(): ReactNode {
  return (
    <LocaleProvider>
      <ThemedApp />
    </LocaleProvider>
  );
}
