// Finds the Electron binary without `require('electron')`, which would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {{ path: string } | { reason: string }} */
export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (run npm install)' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const binary = override ? join(override, relative ?? 'electron') : relative ? join(packageDir, 'dist', relative) : undefined;
  if (!binary || !existsSync(binary)) {
    return { reason: 'the Electron binary has not been downloaded (Electron fetches it on first run, and this machine cannot reach its download site)' };
  }
  return { path: binary };
}
