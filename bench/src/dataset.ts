import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import { attachKeys, buildIndexes, dropAll, sameDefinitions, snapshot } from './generate/bulk';
import { CopyWriter } from './generate/copy';
import { iso, todayInVietnam } from './generate/dates';
import { EVENT_COPY_COLUMNS, LICENSE_COPY_COLUMNS } from './generate/lifecycle';
import { Reference } from './generate/reference';
import { ENTITY_COPY_COLUMNS, RegistryGenerator } from './generate/registry';
import { verify } from './generate/verify';
import { BenchPostgres, connect, startPostgres } from './postgres';
import { cpuSecondsOfTree, run, startServer } from './processes';

/** Bump when the generator writes different data: datasets are reused only with the same version. */
export const GENERATOR_VERSION = 4;
export const NATIONAL_ENTITIES = 500_000;
export const PROVINCE_CODE = '70';
const LOADED_TABLES = ['regulated_entity', 'license', 'license_event'];
/** The statistics rollups: statistics_rebuild() writes them from the loaded rows, their keys built once afterwards. */
const ROLLUP_TABLES = [
  'statistics_entity_count',
  'statistics_license_status',
  'statistics_license_step',
  'statistics_license_step_total',
  'statistics_license_expiry',
];

export const projectRoot = path.resolve(__dirname, '..', '..');

export interface DatasetInfo {
  key: string;
  scale: number;
  schemaVersion: string;
  generatorVersion: number;
  generatedOn: string;
  counts: { entities: number; licenses: number; events: number; byKind: Record<string, number> };
  /**
   * Wall seconds by phase. The statistics rebuild and the indexes of the loaded tables run at once (on separate
   * connections): `statistics` is the rebuild's time, `indexes` the time after it until every index and key stands.
   */
  seconds: { migrate: number; load: number; statistics?: number; indexes: number; vacuum: number; verify: number; total: number };
  /** CPU seconds the generation used (Node + PostgreSQL): on an idle machine of 2 cores, wall time ≈ this ÷ 2 or more. */
  cpuSeconds?: { node: number; postgres: number };
  /** Load average (1 min) at the end: how busy the machine was with other work. */
  loadAverage?: number;
  databaseBytes: number;
  /** A DEPARTMENT_OFFICER key of the bench database (bench-only data). */
  apiKey: string;
}

/** The newest migration of the registry (its file name): datasets are keyed by it. */
export function schemaVersion(): string {
  const files = fs.readdirSync(path.join(projectRoot, 'migrations')).filter((f) => /^\d+-.+\.ts$/.test(f));
  return files.sort().pop()!.replace(/\.ts$/, '');
}

export function datasetKey(scale: number): string {
  return `s${scale}-${schemaVersion()}-g${GENERATOR_VERSION}`;
}

/** Runs the built registry against `url` until it is ready: it applies its migrations and loads its reference lists. */
async function migrateWithRegistry(url: string, port: number): Promise<void> {
  const registry = await startServer({
    name: 'registry (migrations)',
    command: process.execPath,
    args: [path.join(projectRoot, 'dist', 'src', 'main.js')],
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'false', NODE_ENV: 'production' },
    url: '',
    readyUrl: `http://127.0.0.1:${port}/readyz`,
    timeoutMs: 300_000,
  });
  await registry.stop();
}

async function generate(
  pg: BenchPostgres,
  scale: number,
  log: (s: string) => void,
  opts: { registryPort: number; verbose?: boolean },
): Promise<Omit<DatasetInfo, 'key' | 'apiKey'>> {
  const started = Date.now();
  const nodeCpu0 = process.cpuUsage();
  const postmaster = () => Number(fs.readFileSync(path.join(pg.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pgCpu0 = cpuSecondsOfTree(postmaster());
  const lap = (() => {
    let t = Date.now();
    let cpu = { node: process.cpuUsage(), pg: pgCpu0 };
    return () => {
      const s = (Date.now() - t) / 1000;
      const pgNow = cpuSecondsOfTree(postmaster());
      const nodeUsed = process.cpuUsage(cpu.node);
      if (opts.verbose)
        log(`    (CPU: node ${((nodeUsed.user + nodeUsed.system) / 1e6).toFixed(1)} s, postgres ${(pgNow - cpu.pg).toFixed(1)} s)`);
      t = Date.now();
      cpu = { node: process.cpuUsage(), pg: pgNow };
      return s;
    };
  })();
  await migrateWithRegistry(pg.url, opts.registryPort);
  const migrate = lap();
  log(`  migrations and reference lists by the registry itself: ${migrate.toFixed(1)} s`);

  const admin = await connect(pg.url, 'bench-generator');
  const streams: Client[] = [];
  try {
    const ref = await Reference.load(admin, PROVINCE_CODE);
    const [{ n: existing }] = (
      await admin.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM regulated_entity) + (SELECT count(*) FROM license) + (SELECT count(*) FROM license_event) AS n`,
      )
    ).rows;
    if (existing) throw new Error(`the bench database is not empty (${existing} rows)`);
    // Indexes and keys of the loaded tables and of the rollups: none while they fill, each built once at the end.
    const defs = await snapshot(admin, [...LOADED_TABLES, ...ROLLUP_TABLES]);
    await dropAll(admin, defs);
    const rollupDefs = defs.filter((d) => ROLLUP_TABLES.includes(d.table));
    const loadedDefs = defs.filter((d) => !ROLLUP_TABLES.includes(d.table));
    // The statistics rollups (migrations/…-Statistics.ts) are kept by statement triggers that read the licence and its
    // holder: the three COPY streams run in separate transactions and cannot see each other's rows, so those triggers
    // are off for the load and statistics_rebuild() computes the rollups from the loaded rows afterwards.
    const statisticsTriggers = (
      await admin.query<{ tbl: string; name: string }>(
        `SELECT tgrelid::regclass::text AS tbl, quote_ident(tgname) AS name FROM pg_trigger
          WHERE tgrelid = ANY($1::regclass[]) AND NOT tgisinternal AND tgname LIKE 'statistics\\_%'`,
        [LOADED_TABLES],
      )
    ).rows;
    for (const tg of statisticsTriggers) await admin.query(`ALTER TABLE ${tg.tbl} DISABLE TRIGGER ${tg.name}`);
    // No autovacuum while the tables fill (it would scan them half-built); VACUUM ANALYZE runs at the end.
    await admin.query(`ALTER SYSTEM SET autovacuum = off`);
    await admin.query(`SELECT pg_reload_conf()`);

    const today = todayInVietnam();
    const entities = Math.max(100, Math.round(NATIONAL_ENTITIES * scale));
    const generator = new RegistryGenerator(ref, PROVINCE_CODE, today, 14_2026 + Math.round(scale * 1000));
    for (let i = 0; i < 3; i++) streams.push(await connect(pg.url, 'bench-generator'));
    for (const s of streams) await s.query(`SET synchronous_commit = off`);
    // Each table is emptied in its COPY's own transaction (it is empty: checked above), so the load writes no WAL and
    // its rows are stored frozen. license_event's append-only rule rejects TRUNCATE: its trigger is held off for that
    // one statement on the empty table, inside the transaction, and is on again before anything is written.
    const copies = {
      entity: await CopyWriter.open(streams[0], 'regulated_entity', ENTITY_COPY_COLUMNS, ['TRUNCATE regulated_entity']),
      license: await CopyWriter.open(streams[1], 'license', LICENSE_COPY_COLUMNS, ['TRUNCATE license']),
      event: await CopyWriter.open(streams[2], 'license_event', EVENT_COPY_COLUMNS, [
        'ALTER TABLE license_event DISABLE TRIGGER license_event_no_truncate',
        'TRUNCATE license_event',
        'ALTER TABLE license_event ENABLE TRIGGER license_event_no_truncate',
      ]),
    };
    const sink = {
      entity: (row: string) => copies.entity.push(row),
      license: (row: string) => copies.license.push(row),
      event: (row: string) => copies.event.push(row),
    };
    for (let i = 0; i < entities; i++) {
      generator.next(sink);
      if (i % 200 === 0) await Promise.all([copies.entity.ready(), copies.license.ready(), copies.event.ready()]);
      if (i % 100_000 === 0 && i) log(`  … ${i} entities, ${generator.counts.licenses} licences, ${generator.counts.events} events`);
    }
    await Promise.all([copies.entity.end(), copies.license.end(), copies.event.end()]);
    const counts = generator.counts;
    const load = lap();
    log(`  COPY ${counts.entities} entities, ${counts.licenses} licences, ${counts.events} events: ${load.toFixed(1)} s`);

    // The rollups from the rows (one backend, reading the tables) while two other connections build the loaded tables'
    // indexes (keys as unique indexes: a SHARE lock lets the rebuild read on). The rollups are emptied in the rebuild's
    // own transaction, so their rows are written without WAL (wal_level=minimal).
    const sizes: Record<string, number> = { regulated_entity: counts.entities, license: counts.licenses, license_event: counts.events };
    const sizeOf = (t: string) => sizes[t] ?? 0;
    const indexLog = opts.verbose ? log : undefined;
    const phaseStarted = Date.now();
    const rebuild = async () => {
      await admin.query(`SET work_mem = '1GB'`);
      await admin.query('BEGIN');
      await admin.query(`TRUNCATE ${ROLLUP_TABLES.join(', ')}`);
      await admin.query(`SELECT statistics_rebuild()`);
      await admin.query('COMMIT');
      await admin.query(`RESET work_mem`);
      return (Date.now() - phaseStarted) / 1000;
    };
    const [statistics] = await Promise.all([rebuild(), buildIndexes([streams[0], streams[1]], loadedDefs, sizeOf, indexLog)]);
    log(`  statistics rollups computed from the rows (statistics_rebuild), beside the indexes: ${statistics.toFixed(1)} s`);
    for (const tg of statisticsTriggers) await admin.query(`ALTER TABLE ${tg.tbl} ENABLE TRIGGER ${tg.name}`);
    const disabled = await admin.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = ANY($1::regclass[]) AND NOT tgisinternal AND tgenabled = 'D'`,
      [LOADED_TABLES],
    );
    if (disabled.rowCount) throw new Error(`triggers left disabled: ${disabled.rows.map((r: { tgname: string }) => r.tgname).join(', ')}`);
    await admin.query(
      `INSERT INTO registry_code_counter (prefix, last_value) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (prefix) DO UPDATE SET last_value = GREATEST(registry_code_counter.last_value, EXCLUDED.last_value)`,
      [Object.keys(counts.counters), Object.values(counts.counters)],
    );
    // The rollups' keys on two connections while the third makes the loaded tables' keys and foreign keys.
    await Promise.all([buildIndexes([streams[0], streams[1]], rollupDefs, sizeOf, indexLog), attachKeys(admin, loadedDefs, indexLog)]);
    await attachKeys(admin, rollupDefs, indexLog);
    const problem = sameDefinitions(defs, await snapshot(admin, [...LOADED_TABLES, ...ROLLUP_TABLES]));
    if (problem) throw new Error(`the schema did not end as the migrations made it: ${problem}`);
    const both = lap();
    const indexes = both - statistics;
    log(`  indexes, keys and foreign keys re-created (every row checked), after the rollups: ${indexes.toFixed(1)} s more`);

    await Promise.all([
      admin.query(`VACUUM (ANALYZE) license_event`),
      streams[0].query(`VACUUM (ANALYZE) license`).then(() => streams[0].query(`VACUUM (ANALYZE) regulated_entity`)),
    ]);
    const others = await admin.query<{ t: string }>(
      `SELECT c.oid::regclass::text AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ALL($1::text[])`,
      [LOADED_TABLES],
    );
    // The rollups were just written: VACUUM too, so that their reads are index-only scans.
    for (const { t } of others.rows) await admin.query(t.startsWith('statistics_') ? `VACUUM (ANALYZE) ${t}` : `ANALYZE ${t}`);
    await admin.query(`ALTER SYSTEM RESET autovacuum`);
    await admin.query(`SELECT pg_reload_conf()`);
    const vacuum = lap();
    log(`  VACUUM ANALYZE: ${vacuum.toFixed(1)} s`);

    const problems = await verify(admin, ref, today, scale >= 0.1 ? 3000 : 1000);
    const verifySeconds = lap();
    if (problems.length) throw new Error(`the generated registry breaks the registry's rules:\n  ${problems.slice(0, 20).join('\n  ')}`);
    log(`  verified (addresses, licence kinds, row caches, transitions, license_status_on, authorities): ${verifySeconds.toFixed(1)} s`);
    await admin.query(`CHECKPOINT`);
    const [{ bytes }] = (await admin.query<{ bytes: number }>(`SELECT pg_database_size(current_database()) AS bytes`)).rows;
    return {
      scale,
      schemaVersion: schemaVersion(),
      generatorVersion: GENERATOR_VERSION,
      generatedOn: iso(today),
      counts: { entities: counts.entities, licenses: counts.licenses, events: counts.events, byKind: counts.byKind },
      seconds: { migrate, load, statistics, indexes, vacuum, verify: verifySeconds, total: (Date.now() - started) / 1000 },
      cpuSeconds: {
        node: (process.cpuUsage(nodeCpu0).user + process.cpuUsage(nodeCpu0).system) / 1e6,
        postgres: cpuSecondsOfTree(postmaster()) - pgCpu0,
      },
      loadAverage: os.loadavg()[0],
      databaseBytes: bytes,
    };
  } finally {
    for (const s of streams) await s.end().catch(() => undefined);
    await admin.end();
  }
}

export interface Dataset {
  info: DatasetInfo;
  pg: BenchPostgres;
  reused: boolean;
}

/**
 * The bench database of a scale: reused when one was generated for the same scale, schema version (newest migration)
 * and generator version; otherwise generated (older datasets of the same scale are removed).
 */
export async function openDataset(
  scale: number,
  opts: { pgPort: number; registryPort: number; regenerate: boolean; verbose?: boolean; log: (s: string) => void },
): Promise<Dataset> {
  const key = datasetKey(scale);
  const root = path.join(projectRoot, '.data', 'bench');
  const dir = path.join(root, key);
  const marker = path.join(dir, 'dataset.json');
  // The server's own failures only (not queries the bench cancels, nor autovacuum giving way).
  const pgLog = (line: string) => {
    const first = line.trim().split('\n')[0];
    if (/PANIC|FATAL/.test(first) && !/administrator command|terminating connection/.test(first)) opts.log(`  postgres: ${first}`);
  };
  if (!opts.regenerate && fs.existsSync(marker)) {
    const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as DatasetInfo;
    const pg = await startPostgres(path.join(dir, 'pg'), opts.pgPort, pgLog);
    return { info, pg, reused: true };
  }
  if (fs.existsSync(root)) {
    for (const other of fs.readdirSync(root))
      if (other.startsWith(`s${scale}-`)) fs.rmSync(path.join(root, other), { recursive: true, force: true });
  }
  opts.log(`generating the bench registry ${key} (${Math.round(NATIONAL_ENTITIES * scale)} entities)`);
  const pg = await startPostgres(path.join(dir, 'pg'), opts.pgPort, pgLog);
  try {
    const generated = await generate(pg, scale, opts.log, opts);
    const apiKey = (
      await run(
        process.execPath,
        [path.join(projectRoot, 'dist', 'src', 'cli', 'apikey.js'), 'create', '--role', 'DEPARTMENT_OFFICER', '--label', 'bench'],
        {
          cwd: projectRoot,
          env: { ...process.env, DATABASE_URL: pg.url, LOG_LEVEL: 'warn' },
        },
      )
    )
      .trim()
      .split('\n')
      .pop()!
      .trim();
    const info: DatasetInfo = { key, ...generated, apiKey };
    fs.writeFileSync(marker, JSON.stringify(info, null, 2));
    return { info, pg, reused: false };
  } catch (e) {
    await pg.stop();
    throw e;
  }
}
