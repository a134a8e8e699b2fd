import { Box, Dialog, DialogContent, List, ListItemButton, ListItemText, ListSubheader, TextField, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useMessages } from '../../i18n/use-messages';
import { moveSelection } from './find-anything';
import { searchMessages } from './messages';
import type { FoundItem } from './use-find-anything';
import { useFindAnything } from './use-find-anything';

/** The find dialog: one box over the whole registry, results by kind, ↑↓ to choose, Enter to open. */
export function FindDialog({ open, initialQuery, onClose }: { open: boolean; initialQuery: string; onClose: () => void }): ReactNode {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: 10 } } }}>
      {/* Mounted per opening, so each search starts from the box's text with the first result highlighted. */}
      {open && <FindContent initialQuery={initialQuery} onClose={onClose} />}
    </Dialog>
  );
}

function FindContent({ initialQuery, onClose }: { initialQuery: string; onClose: () => void }): ReactNode {
  const t = useMessages(searchMessages);
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  const { groups, query: shownQuery } = useFindAnything(query);
  const items = useMemo(() => groups.flatMap((group) => group.items), [groups]);
  const [highlight, setHighlight] = useState({ items, index: 0 });
  // A new result list highlights its first entry again.
  const index = highlight.items === items ? highlight.index : 0;
  const chosen = items[index];

  const open = (item: FoundItem | undefined): void => {
    if (!item) return;
    onClose();
    void navigate(item.path);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlight({ items, index: moveSelection(index, event.key === 'ArrowDown' ? 1 : -1, items.length) });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(chosen);
    }
  };
  const optionId = (item: FoundItem): string => `${listId}-${item.kind}-${item.id}`;

  return (
    <DialogContent sx={{ pt: 2 }}>
      <TextField
        autoFocus
        fullWidth
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t.placeholder}
        slotProps={{
          htmlInput: {
            'aria-label': t.field,
            role: 'combobox',
            'aria-expanded': items.length > 0,
            'aria-controls': listId,
            'aria-autocomplete': 'list',
            'aria-activedescendant': chosen ? optionId(chosen) : undefined,
            spellCheck: false,
            autoComplete: 'off',
          },
        }}
      />
      {query.trim() === '' && (
        <Typography color="text.secondary" variant="body2" sx={{ mt: 2 }}>
          {t.hint}
        </Typography>
      )}
      {query.trim() !== '' && items.length === 0 && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {t.none(query.trim())}
        </Typography>
      )}
      <List id={listId} role="listbox" aria-label={t.dialog} data-query={shownQuery} dense sx={{ mt: 1, maxHeight: '60vh', overflowY: 'auto' }}>
        {groups.map((group) => (
          <Box component="li" key={group.kind} role="presentation">
            <Box component="ul" role="group" aria-label={t.kinds[group.kind]} sx={{ p: 0 }}>
              <ListSubheader role="presentation" sx={{ display: 'flex', justifyContent: 'space-between', lineHeight: '32px' }}>
                <span>{t.kinds[group.kind]}</span>
                {group.total > group.items.length && <span>{t.more(group.items.length, group.total)}</span>}
              </ListSubheader>
              {group.items.map((item) => (
                <ListItemButton
                  key={item.id}
                  id={optionId(item)}
                  role="option"
                  aria-selected={item === chosen}
                  selected={item === chosen}
                  onClick={() => open(item)}
                  onMouseMove={() => item !== chosen && setHighlight({ items, index: items.indexOf(item) })}
                >
                  <ListItemText primary={item.primary} secondary={item.secondary || undefined} slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }} />
                </ListItemButton>
              ))}
            </Box>
          </Box>
        ))}
      </List>
    </DialogContent>
  );
}
