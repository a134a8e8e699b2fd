import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackup } from '../../../shared/bridge/backup';
import { desk } from '../../bridge/desk';

/** The automatic backups in the data folder, newest first, and where that folder is. */
export function useAutomaticBackups(): { backups: AutomaticBackup[] | undefined; folder: string | undefined; reload: () => void } {
  const [backups, setBackups] = useState<AutomaticBackup[]>();
  const [folder, setFolder] = useState<string>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    Promise.all([desk.backup.listAutomatic({}), desk.app.info({})]).then(
      ([list, info]) => {
        if (!current) return;
        setBackups(list.backups);
        const separator = info.dataDir.includes('\\') ? '\\' : '/';
        setFolder(`${info.dataDir}${separator}backups`);
      },
      () => {
        if (current) setBackups([]);
      },
    );
    return () => {
      current = false;
    };
  }, [round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { backups, folder, reload };
}
