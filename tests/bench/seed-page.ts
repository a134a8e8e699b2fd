import type { Page } from '@playwright/test';
import type { SeedRow } from './registry-data';

/**
 * Puts records straight into the app's IndexedDB, as they would be after imports and syncs:
 * the benchmark measures reading them, not writing them.
 */
export async function seedTables(page: Page, tables: Record<string, SeedRow[]>): Promise<void> {
  for (const [table, rows] of Object.entries(tables)) {
    for (let start = 0; start < rows.length; start += 5_000) {
      await page.evaluate(
        ([name, chunk]) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('alliance-desk');
            open.onerror = () => reject(open.error ?? new Error('open failed'));
            open.onsuccess = () => {
              const database = open.result;
              const transaction = database.transaction(name, 'readwrite');
              const store = transaction.objectStore(name);
              for (const row of chunk) store.put(row);
              transaction.oncomplete = () => {
                database.close();
                resolve();
              };
              transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
            };
          }),
        [table, rows.slice(start, start + 5_000)] as const,
      );
    }
  }
}
