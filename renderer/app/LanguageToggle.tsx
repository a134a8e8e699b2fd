import { Button } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale-context';

/** Switches between 中文 and English at once; the choice is kept in the device settings. */
export function LanguageToggle(): ReactNode {
  const { locale, t, setLocale } = useLocale();
  const next = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button color="inherit" startIcon={<TranslateIcon />} onClick={() => void setLocale(next)} aria-label={t.language.label}>
      {next === 'en' ? t.language.en : t.language.zh}
    </Button>
  );
}
