// `npm start`: the desktop app where an Electron binary exists, browser mode everywhere else.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electron = findElectronBinary();

if ('path' in electron && !process.argv.includes('--browser')) {
  const child = spawn(electron.path, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const reason = 'reason' in electron ? electron.reason : 'asked for with --browser';
  const args = [fileURLToPath(new URL('../dist/browser-mode/start.js', import.meta.url)), '--reason', reason, ...process.argv.slice(2).filter((arg) => arg !== '--browser')];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
