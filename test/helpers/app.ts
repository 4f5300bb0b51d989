import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import pino, { Logger } from 'pino';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import { createApp } from '../../src/app';
import { insertApiKey } from '../../src/auth/api-key.service';
import { Role } from '../../src/auth/roles';
import { Config, loadConfig } from '../../src/config';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  dataSource: DataSource;
  http: ReturnType<typeof request>;
  /** POST /graphql with an optional bearer secret. */
  gql<T extends Record<string, any> = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    secret?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** A fresh API key of a role (and unit, for LOCAL_OFFICER). */
  key(role: Role, unitCode?: string): Promise<string>;
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Starts the app's HTTP server on an ephemeral port (once) and returns its base URL, e.g. http://127.0.0.1:41234. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real app on its own database, cloned from the migrated template of the global setup, so test files
 * never share rows.
 */
export async function startTestApp(overrides: Partial<Config> = {}, log?: Logger): Promise<TestApp> {
  const adminUrl = process.env.ICT_TEST_ADMIN_URL!;
  const name = `ict_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.ICT_TEST_TEMPLATE}`);
  await admin.end();
  const defaults = loadConfig({ NODE_ENV: 'test' });
  // Suites send hundreds of requests from one address; test/rate-limit.test.ts sets the limits it tests.
  const rateLimits = { ...defaults.rateLimits, perIp: 0, perKey: 0, authFailures: 0 };
  const config: Config = { ...defaults, rateLimits, databaseUrl: withDatabase(adminUrl, name), ...overrides };
  const dataSource = createDataSource(withDatabase(adminUrl, name), { poolSize: 12, timeouts: config.databaseTimeouts });
  await dataSource.initialize();
  const { app, apollo, httpServer } = await createApp(dataSource, config, log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  const http = request(app);
  let listening: Promise<string> | undefined;
  return {
    dataSource,
    http,
    async gql(query, variables, secret) {
      const req = http.post('/graphql').set('content-type', 'application/json');
      if (secret) req.set('authorization', `Bearer ${secret}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    async key(role, unitCode) {
      const { secret } = await insertApiKey(dataSource.manager, { label: `test ${role} ${unitCode ?? ''}`.trim(), role, unitCode }, 'test');
      return secret;
    },
    sql: (text, params = []) => dataSource.query(text, params),
    listen() {
      listening ??= new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`));
      });
      return listening;
    },
    async close() {
      // Stopping Apollo drains and closes the HTTP server when it listens.
      await apollo.stop();
      await dataSource.destroy();
      const a = new Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
