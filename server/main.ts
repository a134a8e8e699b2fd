import { buildApp } from './app';
import { openStorage, option, storageConfigFrom } from './open-storage';
import { loadServerTls, tlsConfigFrom, TlsConfigError } from './tls';

/**
 * Starts the sync server: `npm run server -- --data ./server-data [--port 8787] [--host 0.0.0.0]`.
 * SQLite in the data folder unless DATABASE_URL names a PostgreSQL database. Always over TLS:
 * with `--cert`/`--key`, or a self-signed certificate kept in the data folder (server/tls.ts).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const config = storageConfigFrom(args);
  const tls = await loadServerTls(tlsConfigFrom(args));
  const storage = await openStorage(config);
  const app = buildApp({ storage, logger: true, trustProxy: option(args, 'trust-proxy', 'DESK_TRUST_PROXY') === '1', https: { cert: tls.cert, key: tls.key } });
  const port = Number(option(args, 'port', 'PORT') ?? 8787);
  const host = option(args, 'host', 'HOST') ?? '0.0.0.0';
  const stop = (): void => {
    void app.close().then(() => storage.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port, host });
  app.log.info(`Alliance Desk sync server on https://${host}:${port}, storage: ${storage.kind === 'postgres' ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}`);
  app.log.info(`TLS certificate ${tls.certFile} (${tls.source}), SHA-256 fingerprint ${tls.fingerprint256}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof TlsConfigError ? error.message : error);
  process.exit(1);
});
