import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useBlocker } from 'react-router';
import type { BlockerFunction } from 'react-router';
import { useMessages } from '../../i18n/use-messages';
import { recordMessages } from './messages';
import { UnsavedContext } from './unsaved-context';
import { leavesPage, UnsavedSources } from './unsaved-sources';

/**
 * Asks before a page with unsaved changes is left: a link, the back button or a search result
 * (react-router's blocker), or closing or reloading the window (`beforeunload`, where the browser
 * asks in its own words). Editors register through useUnsavedGuard.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }): ReactNode {
  const t = useMessages(recordMessages).unsaved;
  const titleId = useId();
  const [sources] = useState(() => new UnsavedSources());
  const shouldBlock = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => sources.anyDirty() && leavesPage(currentLocation, nextLocation), [sources]);
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!sources.anyDirty()) return;
      // Chromium (and so Electron) asks on preventDefault() alone since version 119.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [sources]);

  const blocked = blocker.state === 'blocked';
  return (
    <UnsavedContext value={sources}>
      {children}
      <Dialog open={blocked} onClose={() => blocker.reset?.()} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{t.title}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t.body}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => blocker.reset?.()} autoFocus>
            {t.stay}
          </Button>
          <Button color="warning" onClick={() => blocker.proceed?.()}>
            {t.leave}
          </Button>
        </DialogActions>
      </Dialog>
    </UnsavedContext>
  );
}
