import { join } from 'node:path';

/** The same folder Electron's `app.getPath('userData')` gives the desktop app, so both runtimes share it. */
export function defaultDataDir(productName: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}
