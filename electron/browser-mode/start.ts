import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { productName, version } from '../../package.json';
import { addressNote } from './address-record';
import { defaultDataDir } from './data-dir';
import type { DataFolderLock } from './data-lock';
import { DataFolderLockedError, lockDataFolder } from './data-lock';
import { startBrowserMode } from './server';

/** A fixed port: the browser keeps the registry per origin, so a new port would show an empty app. */
const defaultPort = 17440;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(defaultPort) },
    'data-dir': { type: 'string' },
    reason: { type: 'string' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir(productName, process.platform, process.env, homedir());
await mkdir(dataDir, { recursive: true });
const rendererDir = join(fileURLToPath(new URL('.', import.meta.url)), '../renderer');

let lock: DataFolderLock;
try {
  lock = lockDataFolder(dataDir);
} catch (error) {
  if (!(error instanceof DataFolderLockedError)) throw error;
  const { pid, origin, desktop } = error.holder;
  console.error(`${desktop ? '桌面版' : ''}工作台已在运行（进程 ${pid}${origin ? `，地址 ${origin}` : ''}），使用同一个数据文件夹 ${dataDir}。请使用正在运行的那个，或先停止它。`);
  console.error(`Alliance Desk${desktop ? ' (the desktop app)' : ''} is already running on the data folder ${dataDir} (process ${pid}${origin ? ` at ${origin}` : ''}). Use that one, or stop it first.`);
  process.exit(1);
}
process.once('exit', () => lock.release());

try {
  const mode = await startBrowserMode({ rendererDir, dataDir, productName, version, port: Number(values.port) });
  lock.setOrigin(mode.origin);
  if (values.reason) console.log(`Alliance Desk runs in browser mode: ${values.reason}`);
  console.log('产教联盟工作台（浏览器模式）已启动，请在 Chromium 或 Chrome 中打开：');
  console.log(`Alliance Desk (browser mode) is running. Open in Chromium or Chrome:\n\n  ${mode.openUrl}\n`);
  if (mode.registryElsewhere) console.log(`${addressNote(mode.registryElsewhere, mode.origin)}\n`);
  console.log('按 Ctrl+C 停止 · Press Ctrl+C to stop');
  const stop = (): void => {
    mode.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`端口 ${values.port} 已被占用：工作台可能已在运行。Port ${values.port} is in use: Alliance Desk may already be running.`);
  } else {
    console.error('浏览器模式无法启动 · Browser mode could not start:', error);
  }
  process.exit(1);
}
