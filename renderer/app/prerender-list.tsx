import { createRoot } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import type { RecordTable } from '../../shared/domain/tables';
import { tableCache } from '../db/queries';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { App } from './App';

const tables: RecordTable[] = ['units', 'memberships', 'alliances'];
/** Long enough for React to render and commit the screen and its first effects. */
const keptMs = 1_000;

/**
 * Renders the units list once, into an element that is never attached to the page, while the app
 * is idle after start. The first list a user opens otherwise pays for compiling the list's code
 * and for MUI generating its styles — about a third of the first open with 10,000 units
 * (bench:registry) — and every list shares that code and those styles. Nothing of the detached
 * screen can be seen, focused or found; it is unmounted a second later.
 */
export function prerenderListOnce(): void {
  let started = false;
  const unsubscribes: (() => void)[] = [];
  const start = (): void => {
    if (started || !tables.every((table) => tableCache.rows(table))) return;
    started = true;
    for (const unsubscribe of unsubscribes) unsubscribe();
    requestIdleCallback(() => {
      const root = createRoot(document.createElement('div'));
      const router = createMemoryRouter([{ path: '/units', element: <UnitsScreen /> }], { initialEntries: ['/units'] });
      root.render(<App router={router} />);
      setTimeout(() => requestIdleCallback(() => root.unmount()), keptMs);
    });
  };
  for (const table of tables) unsubscribes.push(tableCache.subscribe(table, start));
  start();
}
