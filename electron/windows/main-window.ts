import type { BrowserWindowConstructorOptions } from 'electron';
import { mainWindowPreferences } from '../security/web-preferences';
import type { WindowState } from './window-state';

export function mainWindowOptions(state: WindowState, preloadPath: string, iconPath: string | undefined): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '产教联盟工作台 Alliance Desk',
    backgroundColor: '#f5f6f8',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: mainWindowPreferences(preloadPath),
  };
}
