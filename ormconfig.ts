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
export function createDataSource(url: string, options: { poolSize?: number; applicationName?: string } = {}): DataSource {
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
    extra: { application_name: options.applicationName ?? 'ict-registry' },
  });
}

/** For the TypeORM CLI (`npm run migration:generate`): the running server's database. */
export default createDataSource(defaultDatabaseUrl());
