import { useCallback, useEffect, useState } from 'react';
import type { ListPrintersResult } from '../../../../shared/bridge/documents';
import { desk } from '../../../bridge/desk';

export interface PrintersState {
  /** undefined while asking the main process. */
  list: ListPrintersResult | undefined;
  error: unknown;
  refresh: () => void;
}

/** The printers of this computer, as the operating system's spooler knows them. */
export function usePrinters(): PrintersState {
  const [list, setList] = useState<ListPrintersResult>();
  const [error, setError] = useState<unknown>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    desk.documents.listPrinters({}).then(
      (answer) => {
        if (current) setList(answer);
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [round]);
  const refresh = useCallback(() => {
    setError(undefined);
    setRound((value) => value + 1);
  }, []);
  return { list, error, refresh };
}
