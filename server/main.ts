import { buildApp } from './app';
import { openStorage, option, storageConfigFrom } from './open-storage';

/**
 * Starts the sync server: `npm run server -- --data ./server-data [--port 8787] [--host 0.0.0.0]`.
 * SQLite in the data folder unless DATABASE_URL names a PostgreSQL database.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const config = storageConfigFrom(args);
  const storage = await openStorage(config);
  const app = buildApp({ storage, logger: true, trustProxy: option(args, 'trust-proxy', 'DESK_TRUST_PROXY') === '1' });
  const port = Number(option(args, 'port', 'PORT') ?? 8787);
  const host = option(args, 'host', 'HOST') ?? '0.0.0.0';
  const stop = (): void => {
    void app.close().then(() => storage.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port, host });
  app.log.info(`Alliance Desk sync server on ${host}:${port}, storage: ${storage.kind === 'postgres' ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
