import { useState } from 'react';
import type { SaveAsResult } from '../../../shared/bridge/files';
import { useErrorMessage } from '../../errors/use-error-message';

/** What an export says once its file is saved (desktop) or handed to the browser (browser mode). */
export interface SaveWords {
  exported: (path: string) => string;
  downloading: (fileName: string) => string;
}

/**
 * Runs one export of a screen at a time (`busy` names which, so its button can say 正在导出…) and
 * tells the user where the file went, or why it failed, in their language.
 */
export function useSaveRun<K extends string>(words: SaveWords, onMessage: (message: string) => void): { busy: K | undefined; run: (kind: K, work: () => Promise<SaveAsResult>) => void } {
  const describeError = useErrorMessage();
  const [busy, setBusy] = useState<K>();
  const run = (kind: K, work: () => Promise<SaveAsResult>): void => {
    setBusy(kind);
    work()
      .then(
        (result) => {
          if (result.outcome === 'saved') onMessage(words.exported(result.path));
          else if (result.outcome === 'downloading') onMessage(words.downloading(result.fileName));
        },
        (error: unknown) => onMessage(describeError(error)),
      )
      .finally(() => setBusy(undefined));
  };
  return { busy, run };
}
