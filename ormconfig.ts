import 'reflect-metadata';
import { DataSource } from 'typeorm';
import './src/database/types';
import { entities } from './src/database/entities';
import { migrations } from './migrations';

/** The embedded server's address when no DATABASE_URL is given (see src/database/open.ts). */
export function defaultDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT || 54320}/ict_registry`;
}

/** The one DataSource definition used by the app, the migration CLI, the seeds and the tests. */
export function createDataSource(
  url: string,
  options: {
    poolSize?: number;
    applicationName?: string;
    /** Session timeouts of every connection (the API's request bounds, src/config.ts); none when absent. */
    timeouts?: {
      statementTimeoutMs: number;
      lockTimeoutMs: number;
      idleInTransactionTimeoutMs: number;
      parallelWorkersPerGather?: number;
      poolIdleTimeoutMs?: number;
    };
  } = {},
): DataSource {
  const t = options.timeouts;
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // The migrations create every extension the schema needs; without this, the uuid primary keys of the entity classes
    // would make TypeORM run CREATE EXTENSION "uuid-ossp" on every start.
    installExtensions: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    extra: {
      application_name: options.applicationName ?? 'ict-registry',
      // A database that is away fails a request in seconds (503), instead of leaving it waiting for a connection.
      connectionTimeoutMillis: 5000,
      ...(t && {
        // Parallel query lets one request take several cores (and pays ~40 ms of worker start-up on each small plan that
        // chooses it): under concurrent clients it only takes from the others. Off unless configured.
        options: `-c max_parallel_workers_per_gather=${t.parallelWorkersPerGather ?? 0}`,
        statement_timeout: t.statementTimeoutMs,
        lock_timeout: t.lockTimeoutMs,
        idle_in_transaction_session_timeout: t.idleInTransactionTimeoutMs,
        // pg closes a connection idle for 10 s by default, and the next request pays for a new backend: its start, its
        // empty caches, and (on a virtual machine that hands idle memory back to its host) the first touch of every
        // shared buffer it reads — a whole-province CSV took 4.5 s instead of 2.1 s after 12 s without downloads.
        idleTimeoutMillis: t.poolIdleTimeoutMs ?? 600_000,
      }),
    },
  });
}

/** For the TypeORM CLI (`npm run migration:generate`): the running server's database. */
export default createDataSource(defaultDatabaseUrl());
