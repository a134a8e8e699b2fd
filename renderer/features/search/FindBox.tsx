import { Box, InputBase } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { tableCache } from '../../db/queries';
import { useMessages } from '../../i18n/use-messages';
import { searchKinds } from './find-anything';
import { FindDialog } from './FindDialog';
import { isFindShortcut } from './find-shortcut';
import { searchMessages } from './messages';

/**
 * The shell's find box and its shortcut (Ctrl+K, ⌘K on macOS). Typing or clicking in the box opens
 * the find dialog with what was typed, where the results are listed and chosen.
 */
export function FindBox(): ReactNode {
  const t = useMessages(searchMessages);
  const [opened, setOpened] = useState<{ query: string } | null>(null);
  const [typed, setTyped] = useState('');
  const openWith = (query: string): void => {
    setTyped('');
    setOpened({ query });
  };

  // The kinds the lists have not already read (events, agreements, plans, issued documents) are
  // read in the background at start, so the first search does not wait on IndexedDB.
  useEffect(() => tableCache.warm(searchKinds), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isFindShortcut(event)) return;
      event.preventDefault();
      setOpened((current) => current ?? { query: '' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, mx: 2, borderRadius: 1, bgcolor: 'rgba(255,255,255,0.15)', '&:hover': { bgcolor: 'rgba(255,255,255,0.25)' }, width: { xs: 180, md: 320 } }}>
        <SearchIcon fontSize="small" />
        <InputBase
          value={typed}
          placeholder={t.placeholder}
          onChange={(event) => {
            // While an input method composes (l-i-s-h-u-i → 丽水) the text stays here; the dialog opens with what it gives.
            if ((event.nativeEvent as InputEvent).isComposing) setTyped(event.target.value);
            else openWith(event.target.value);
          }}
          onClick={() => openWith(typed)}
          slotProps={{ input: { 'aria-label': t.box, 'aria-keyshortcuts': 'Control+K Meta+K', 'aria-haspopup': 'dialog', onCompositionEnd: (event) => openWith(event.currentTarget.value) } }}
          sx={{ color: 'inherit', flexGrow: 1, '& input::placeholder': { opacity: 0.8 } }}
        />
        <Box component="kbd" sx={{ fontSize: 12, opacity: 0.8, fontFamily: 'inherit', whiteSpace: 'nowrap' }}>
          {t.shortcut}
        </Box>
      </Box>
      <FindDialog open={opened !== null} initialQuery={opened?.query ?? ''} onClose={() => setOpened(null)} />
    </>
  );
}
