import { useEffect, useState } from 'react';
import { isStoragePersisted } from '../../db/storage';

/** undefined while asking the browser. */
export function useStoragePersisted(): boolean | undefined {
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    let current = true;
    isStoragePersisted().then(
      (value) => current && setPersisted(value),
      () => current && setPersisted(false),
    );
    return () => {
      current = false;
    };
  }, []);
  return persisted;
}
