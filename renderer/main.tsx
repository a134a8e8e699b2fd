import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { recordTables } from '../shared/domain/tables';
import { App } from './app/App';
import { prerenderListOnce } from './app/prerender-list';
import { desk } from './bridge/desk';
import { db } from './db/database';
import { tableCache } from './db/queries';
import { ensureDeviceId } from './db/settings';
import { requestPersistentStorage } from './db/storage';
import { startAppSync } from './sync/app-sync';
import { startAutomaticBackups } from './sync/backup/automatic-backup';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Asked at every start: a browser may grant persistence later (e.g. once the site is bookmarked).
requestPersistentStorage().catch(() => undefined);
ensureDeviceId().catch((error: unknown) => console.error('could not create the device identity', error));

// Sync with the server this device enrolled with (none: nothing happens), and back up once a day.
startAppSync();
startAutomaticBackups(db, desk, (error) => console.error('the automatic backup failed', error));

// Read the registry into memory once the first screen is up, so lists open without waiting.
requestIdleCallback(
  () => {
    tableCache.warm(recordTables);
    prerenderListOnce();
  },
  { timeout: 2000 },
);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
