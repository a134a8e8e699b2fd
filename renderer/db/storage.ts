/**
 * Asks the browser not to evict the registry when the disk fills up. Browsers may refuse (a
 * private window, a site never bookmarked); the Settings section shows the answer.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}

export async function isStoragePersisted(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  return storage?.persisted ? storage.persisted() : false;
}
