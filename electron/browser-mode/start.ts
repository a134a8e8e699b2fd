import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { productName, version } from '../../package.json';
import { defaultDataDir } from './data-dir';
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

try {
  const mode = await startBrowserMode({ rendererDir, dataDir, productName, version, port: Number(values.port) });
  if (values.reason) console.log(`Alliance Desk runs in browser mode: ${values.reason}`);
  console.log('产教联盟工作台（浏览器模式）已启动，请在 Chromium 或 Chrome 中打开：');
  console.log(`Alliance Desk (browser mode) is running. Open in Chromium or Chrome:\n\n  ${mode.openUrl}\n`);
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
