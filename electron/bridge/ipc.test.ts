import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { listEndpoints } from '../../shared/bridge/contract';
import { isTrustedSender } from '../security/guards';
import { registerIpcBridge } from './ipc';

type Listener = (event: Partial<IpcMainInvokeEvent>, request: unknown) => Promise<unknown>;

describe('IPC bridge registration', () => {
  it('registers every channel of the contract and refuses callers other than the app page', async () => {
    const listeners = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: {} }));
    registerIpcBridge(ipcMain as unknown as IpcMain, dispatch, isTrustedSender);

    expect([...listeners.keys()]).toEqual(listEndpoints().map((endpoint) => endpoint.channel));
    expect([...listeners.keys()]).toEqual(expect.arrayContaining(['app.info', 'app.setLocale', 'files.saveAs', 'sync.push', 'backup.storeAutomatic']));
    const info = listeners.get('app.info');
    const fromApp = await info?.({ senderFrame: { url: 'app://desk/index.html', parent: null } as never }, {});
    expect(fromApp).toEqual({ ok: true, value: {} });

    const fromElsewhere = await info?.({ senderFrame: { url: 'https://evil.example/', parent: null } as never }, {});
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromIframe = await info?.({ senderFrame: { url: 'app://desk/index.html', parent: {} } as never }, {});
    expect(fromIframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).toHaveBeenCalledOnce();
  });
});
