import 'reflect-metadata';
import pino from 'pino';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database/open';
import { seedDemoIfEmpty } from '../seeds/demo-start';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`ict-registry: configuration error: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const log = pino({ level: config.logLevel });
  const started = Date.now();
  const db = await openDatabase(config, log, { role: 'server' });
  if (config.seedDemo && !config.databaseUrl) await seedDemoIfEmpty(db.dataSource, config, log);
  const { httpServer, apollo } = await createApp(db.dataSource, config, log);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, ms: Date.now() - started, graphql: `http://localhost:${port}/graphql` }, 'ict-registry is listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      log.error('shutdown timed out; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      await apollo.stop(); // drains the HTTP server (ApolloServerPluginDrainHttpServer)
      log.info('http server drained; closing the database');
      await db.close();
      log.info('stopped');
      log.flush(() => process.exit(0));
    } catch (e) {
      log.error({ err: e }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`ict-registry: failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
