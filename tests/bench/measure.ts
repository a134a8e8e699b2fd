import type { Page } from '@playwright/test';

/**
 * Times, inside the page, from an action to the first animation frame in which the screen shows
 * its result: what the user waits for, without the test driver's round trips.
 */
export function timeInPage(page: Page, action: string, done: string): Promise<number> {
  return page.evaluate(
    ([actionSource, doneSource]) =>
      new Promise<number>((resolve, reject) => {
        // Sources are the benchmark's own constants, not user input.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const act = new Function(actionSource) as () => void;
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const finished = new Function(`return (${doneSource});`) as () => boolean;
        const start = performance.now();
        const limit = start + 60_000;
        act();
        const tick = (): void => {
          if (finished()) resolve(performance.now() - start);
          else if (performance.now() > limit) reject(new Error(`not done within 60 s: ${doneSource}`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [action, done] as const,
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function report(label: string, values: number[], budgetMs: number): string {
  const worst = Math.max(...values);
  const line = `${label.padEnd(44)} median ${median(values).toFixed(0).padStart(5)} ms   worst ${worst.toFixed(0).padStart(5)} ms   (budget ${budgetMs} ms) ${median(values) <= budgetMs ? 'within' : 'OVER'}`;
  console.log(line);
  return line;
}

/** Sets a React-controlled input's value the way typing does. */
export function typeInto(selector: string, value: string): string {
  return `const input = document.querySelector(${JSON.stringify(selector)});
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));`;
}

/**
 * An anchor for writes: the rows put straight into a store of a fresh scratch IndexedDB database
 * in one transaction, timed in the page from the first put to the commit — what writing them
 * costs at the least on this machine under its present load.
 */
export function rawPut(page: Page, database: string, store: string, rows: Record<string, unknown>[]): Promise<number> {
  return page.evaluate(
    ([name, storeName, records]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(storeName, { keyPath: 'id' });
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const opened = open.result;
          const start = performance.now();
          const transaction = opened.transaction(storeName, 'readwrite');
          const objects = transaction.objectStore(storeName);
          for (const record of records) objects.put(record);
          transaction.oncomplete = () => {
            opened.close();
            resolve(performance.now() - start);
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
    [database, store, rows] as const,
  );
}
