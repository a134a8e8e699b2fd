import { contextBridge, ipcRenderer } from 'electron';
// The channel list only: the preload carries none of the contract's schemas (the main process validates).
import { buildDeskApi } from '../shared/bridge/channels';
import type { DeskApi } from '../shared/bridge/desk-api';
import type { BridgeResult } from '../shared/bridge/result';

// Named functions for the endpoints of the contract, never ipcRenderer itself.
const desk = buildDeskApi((channel, request) => ipcRenderer.invoke(channel, request) as Promise<BridgeResult<unknown>>) satisfies DeskApi;

contextBridge.exposeInMainWorld('desk', desk);
