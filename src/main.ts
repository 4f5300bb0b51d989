import 'reflect-metadata';
import { AbandonedRequestError } from './graphql/request-sql';
import pino, { type Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from './app';
import { Config, ConfigError, loadConfig } from './config';
import { openDatabase } from './database/open';

/** What an entry point adds to the registry server. */
export interface StartOptions {
  /**
   * Loads the demo registry into an empty embedded database (when SEED_DEMO allows), before the server listens.
   * src/ never imports seeds/: `npm start` runs start.ts, which passes seeds/demo-start.ts here.
   */
  seedDemo?: (dataSource: DataSource, config: Config, log: Logger) => Promise<void>;
}

export async function main(options: StartOptions = {}): Promise<void> {
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
  // A statement of an abandoned request fails by design (src/graphql/request-sql.ts). Should a read path ever leave such
  // a promise unawaited, that is no reason to stop serving everyone else; anything else unhandled stays fatal, logged.
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof AbandonedRequestError) {
      log.warn({ err: reason }, 'a statement of an abandoned request failed unobserved');
      return;
    }
    log.fatal({ err: reason }, 'unhandled promise rejection');
    process.exit(1);
  });
  const started = Date.now();
  const db = await openDatabase(config, log, { role: 'server' });
  if (config.seedDemo && !config.databaseUrl) await options.seedDemo?.(db.dataSource, config, log);
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

/** Starts the server and exits with a message when it cannot. */
export function start(options: StartOptions = {}): void {
  main(options).catch((e: unknown) => {
    process.stderr.write(`ict-registry: failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}

// `node dist/src/main.js`: the registry alone, without the demo data (`npm start` adds it, see start.ts).
if (require.main === module) start();
