import { afterEach } from 'vitest';
import { DeskDatabase } from './database';

/**
 * For a test file: a function that opens a fresh, empty database each time it is called (fake
 * IndexedDB, named after the file's prefix), and closes every one it opened after each test.
 */
export function freshDatabases(prefix: string): () => DeskDatabase {
  let counter = 0;
  const opened: DeskDatabase[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return () => {
    counter += 1;
    const db = new DeskDatabase(`${prefix}${counter}`);
    opened.push(db);
    return db;
  };
}
