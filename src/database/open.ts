import type { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import type { Config } from '../config';
import { referenceDataPresent, seedAdministrativeUnits } from '../reference/administrative-units';
import { seedAuthorities } from '../reference/authorities';
import { seedLicenseTypes } from '../reference/license-types';
import { lockDataFolder, orphanedPostmaster, stopPostmaster } from './data-lock';
import { startEmbeddedPostgres } from './embedded';
import { EmbeddedSupervisor } from './supervisor';

export interface OpenDatabase {
  dataSource: DataSource;
  url: string;
  /** True when this process started the embedded server (and so must stop it). */
  ownsEmbedded: boolean;
  /** The data folder of the embedded server, when there is one. */
  dataDir: string | null;
  close(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The registry's database: DATABASE_URL when set; else the embedded PostgreSQL of the data folder.
 *
 * - `server` (npm start): takes the data folder's lock (a second server exits naming the holder), stops a PostgreSQL
 *   left running there by a crashed API, starts its own and supervises it; its connections carry the request timeouts
 *   of the configuration.
 * - `tool` (the apikey / migrate CLIs, the benchmark): attaches to the running server's PostgreSQL when it answers,
 *   else takes the lock and starts one for the time of the command; no timeouts (migrations may take long).
 *
 * Migrations run and the reference lists are loaded (unbounded) before the database is handed out.
 */
export async function openDatabase(
  config: Config,
  log: Logger,
  opts: { migrate?: boolean; role?: 'server' | 'tool' } = {},
): Promise<OpenDatabase> {
  const role = opts.role ?? 'tool';
  let url = config.databaseUrl;
  let dataDir: string | null = null;
  let ownsEmbedded = false;
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch((e: unknown) => log.warn({ err: e }, 'error while closing'));
  };
  try {
    if (!url) {
      const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPort}/ict_registry`;
      dataDir = config.embeddedDataDir;
      if (role === 'tool' && (await reachable(embeddedUrl))) {
        url = embeddedUrl;
      } else {
        const unlock = await lockDataFolder(dataDir, (e) => log.error({ err: e }, 'the data folder lock was lost'));
        cleanups.push(unlock);
        const orphan = orphanedPostmaster(dataDir);
        if (orphan !== null) {
          log.warn({ pid: orphan, dataDir }, 'stopping a PostgreSQL left running on the data folder by an API that is gone');
          await stopPostmaster(orphan);
        }
        log.info({ dir: dataDir, port: config.embeddedPort }, 'starting embedded PostgreSQL');
        const embedded = await startEmbeddedPostgres({
          dataDir,
          port: config.embeddedPort,
          database: 'ict_registry',
          onLog: (line) => log.debug({ postgres: line.trim() }),
        });
        url = embedded.url;
        ownsEmbedded = true;
        if (role === 'server') {
          const supervisor = new EmbeddedSupervisor(embedded, log);
          cleanups.push(() => supervisor.stop());
        } else {
          cleanups.push(() => embedded.stop());
        }
      }
    }
    if (opts.migrate !== false) await migrateAndLoadReference(url, config, log, role);
    const dataSource = createDataSource(url, role === 'server' ? { timeouts: config.databaseTimeouts } : {});
    await dataSource.initialize();
    guardLentConnections(dataSource, log);
    cleanups.push(async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    });
    return { dataSource, url, ownsEmbedded, dataDir, close: cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/**
 * Runs the migrations and loads the official unit lists when absent. The authorities and the licence rules are data of
 * this version of the code (src/reference/): a server refreshes them on every start (idempotent upserts), so an upgraded
 * database gets the bodies, types and rules a new version adds or corrects — e.g. issue 13's derived authorities of a
 * merged province, one-current types and postal competence by scope. The CLIs leave them as they are.
 */
async function migrateAndLoadReference(url: string, config: Config, log: Logger, role: 'server' | 'tool'): Promise<void> {
  const dataSource = createDataSource(url, { poolSize: 2, applicationName: 'ict-registry migrations' });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) log.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    const present = await referenceDataPresent(dataSource.manager);
    if (!present || role === 'server') {
      const t = Date.now();
      await dataSource.transaction(async (m) => {
        // Servers starting together on one DATABASE_URL load the reference data one after the other.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('ict-registry reference data'))`);
        if (!(await referenceDataPresent(m))) await seedAdministrativeUnits(m);
        await seedAuthorities(m, config.provinceCode);
        await seedLicenseTypes(m);
      });
      log.info({ ms: Date.now() - t, units: !present }, 'reference data loaded (units when absent; authorities and licence rules)');
    }
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A pooled connection that is lent out but between statements (a transaction waiting for its next one) has no 'error'
 * listener: pg-pool removes its own while it is lent, TypeORM adds none. When the database dies (kill -9, failover) the
 * server's FATAL message arrives on it as an 'error' event, which Node turns into an uncaught exception that ends the
 * process. Each connection gets a listener the first time it is lent; the connection is then dead, its next statement
 * fails (the request gets 503) and the pool drops it when it comes back.
 */
function guardLentConnections(dataSource: DataSource, log: Logger): void {
  const pool = (dataSource.driver as unknown as { master?: EventEmitter }).master;
  if (!pool) return;
  const guarded = new WeakSet<EventEmitter>();
  pool.on('acquire', (client: EventEmitter) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', (err: Error) => log.warn({ err }, 'a database connection in use failed'));
  });
}
