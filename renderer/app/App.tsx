import { CssBaseline, ThemeProvider } from '@mui/material';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import type { DataRouter } from 'react-router';
import { LocaleProvider, useLocale } from '../i18n/locale-context';
import { router as appRouter } from './router';
import { createDeskTheme } from './theme';

function ThemedApp({ router }: { router: DataRouter }): ReactNode {
  const { locale } = useLocale();
  const theme = useMemo(() => createDeskTheme(locale), [locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <RouterProvider router={router} />
    </ThemeProvider>
  );
}

/** The app; another router renders one screen of it on its own (see prerender-list.tsx). */
export function App({ router = appRouter }: { router?: DataRouter }): ReactNode {
  return (
    <LocaleProvider>
      <ThemedApp router={router} />
    </LocaleProvider>
  );
}
