import { extname } from 'node:path';
import type { SaveAsRequest, SaveAsResult } from '../../shared/bridge/files';
import { writeFileAtomically } from './write-file';

/** The part of Electron's `dialog.showSaveDialog` this service needs. */
export type ShowSaveDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

export interface SaveFileDeps {
  showSaveDialog: ShowSaveDialog;
  /** The folder the dialog opens in (the user's documents). */
  defaultDir: string;
  joinPath: (dir: string, name: string) => string;
}

/** files.saveAs for the desktop app: the user picks the path in the system dialog, then the bytes are written. */
export function createDialogSaver(deps: SaveFileDeps): (request: SaveAsRequest) => Promise<SaveAsResult> {
  return async (request) => {
    const extension = extname(request.suggestedName).slice(1);
    const filters = request.filters.length > 0 ? request.filters : extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
    const choice = await deps.showSaveDialog({ defaultPath: deps.joinPath(deps.defaultDir, request.suggestedName), filters });
    if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
    await writeFileAtomically(choice.filePath, request.bytes);
    return { outcome: 'saved', path: choice.filePath };
  };
}
