import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import type { Config } from '../config';
import { referenceDataPresent, seedAdministrativeUnits } from '../reference/administrative-units';
import { seedAuthorities } from '../reference/authorities';
import { seedLicenseTypes } from '../reference/license-types';
import { startEmbeddedPostgres } from './embedded';

export interface OpenDatabase {
  dataSource: DataSource;
  url: string;
  /** True when this process started the embedded server (and so must stop it). */
  ownsEmbedded: boolean;
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
 * The registry's database: DATABASE_URL when set; else the embedded PostgreSQL in EMBEDDED_PG_DIR —
 * reused when a running server already started it (the CLI beside `npm start`), started otherwise.
 * Migrations run and the reference lists are loaded before it is handed out.
 */
export async function openDatabase(config: Config, log: Logger, opts: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!url) {
    const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${config.embeddedPort}/ict_registry`;
    if (await reachable(embeddedUrl)) {
      url = embeddedUrl;
    } else {
      log.info({ dir: config.embeddedDataDir, port: config.embeddedPort }, 'starting embedded PostgreSQL');
      const embedded = await startEmbeddedPostgres({
        dataDir: config.embeddedDataDir,
        port: config.embeddedPort,
        database: 'ict_registry',
        onLog: (line) => log.debug({ postgres: line.trim() }),
      });
      url = embedded.url;
      stopEmbedded = () => embedded.stop();
    }
  }
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    if (opts.migrate !== false) {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      if (ran.length) log.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
      if (!(await referenceDataPresent(dataSource.manager))) {
        const t = Date.now();
        await dataSource.transaction(async (m) => {
          await seedAdministrativeUnits(m);
          await seedAuthorities(m, config.provinceCode);
          await seedLicenseTypes(m);
        });
        log.info({ ms: Date.now() - t }, 'administrative units and authorities loaded');
      }
    }
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    if (stopEmbedded) await stopEmbedded();
    throw e;
  }
  return {
    dataSource,
    url,
    ownsEmbedded: stopEmbedded !== null,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}
