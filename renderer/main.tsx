import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ensureDeviceId } from './db/settings';
import { requestPersistentStorage } from './db/storage';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Asked at every start: a browser may grant persistence later (e.g. once the site is bookmarked).
requestPersistentStorage().catch(() => undefined);
ensureDeviceId().catch((error: unknown) => console.error('could not create the device identity', error));

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
