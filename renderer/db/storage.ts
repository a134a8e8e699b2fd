// Both runtimes serve the app from a secure context (app:// or http://127.0.0.1), where
// navigator.storage always exists.

/**
 * Asks the browser not to evict the registry when the disk fills up. Browsers may refuse (a
 * private window, a site never bookmarked); the Settings section shows the answer.
 */
export async function requestPersistentStorage(storage: StorageManager = navigator.storage): Promise<boolean> {
  if (await storage.persisted()) return true;
  return storage.persist();
}

export function isStoragePersisted(storage: StorageManager = navigator.storage): Promise<boolean> {
  return storage.persisted();
}
