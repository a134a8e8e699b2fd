import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { listEndpoints } from '../../shared/bridge/contract';
import type { BridgeResult } from '../../shared/bridge/result';
import type { Dispatch } from './dispatch';

/** One IPC handler per endpoint of the contract; a call from anywhere but the app's own page is refused. */
export function registerIpcBridge(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: (frame: IpcMainInvokeEvent['senderFrame']) => boolean,
): void {
  for (const { channel } of listEndpoints()) {
    ipcMain.handle(channel, (event, request: unknown): Promise<BridgeResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return Promise.resolve({ ok: false, error: { code: 'forbidden', message: `${channel} refused: the caller is not the app's own page` } });
      }
      return dispatch(channel, request);
    });
  }
}
