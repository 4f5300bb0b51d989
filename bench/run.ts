import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from '../src/app';
import { insertApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/roles';
import { loadConfig, projectRoot } from '../src/config';
import { openDatabase } from '../src/database/open';

/**
 * `npm run bench`: a registry of BENCH_ENTITIES entities (default 100,000) with one licence and one event each,
 * generated in SQL on a throw-away embedded PostgreSQL (or DATABASE_URL), then each read timed over HTTP.
 * Prints figures; asserts nothing.
 */
const N = Number(process.env.BENCH_ENTITIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function main() {
  const dir = path.join(projectRoot, '.data', `bench-${Date.now()}`);
  const config = { ...loadConfig(), embeddedDataDir: dir, embeddedPort: 54399, logLevel: 'warn' as const };
  const log = pino({ level: 'warn' });
  let t = Date.now();
  const db = await openDatabase(config, log);
  console.log(`database ready (migrations + reference data): ${Date.now() - t} ms`);
  t = Date.now();
  await db.dataSource.query(
    `INSERT INTO regulated_entity (kind, registry_code, name, legal_form, street, unit_version, ward_code, details)
     SELECT (ARRAY['GAME_SERVICE_POINT','INTERNET_ACCESS_POINT','IT_ENTERPRISE','PRINTING_ESTABLISHMENT'])[1 + i % 4],
            'BEN-70-' || lpad(i::text, 7, '0'),
            (ARRAY['Điểm trò chơi ','Đại lý Internet ','Công ty TNHH ','Cơ sở in '])[1 + i % 4] ||
              (ARRAY['Hoàng Long','Minh Phát','Đồng Xoài','Phúc Thịnh','Sao Việt','Bình An'])[1 + i % 6] || ' ' || i,
            'HOUSEHOLD_BUSINESS', i || ' Quốc lộ 14', 2024, w.codes[1 + i % cardinality(w.codes)], '{}'::jsonb
       FROM generate_series(1, $1::int) i,
            (SELECT array_agg(code ORDER BY code) AS codes FROM administrative_unit
              WHERE version = 2024 AND province_code = '70' AND level = 'WARD') w`,
    [N],
  );
  await db.dataSource.query(
    `WITH l AS (
       INSERT INTO license (number, license_type, holder_id, issuing_authority_code, legal_basis_code, decision_number, decision_date,
                            signer_name, signer_title, issued_on, effective_from, expires_on, status, last_effective_on)
       SELECT 'B-' || e.registry_code, 'GAME_POINT_CERTIFICATE', e.id, '70-STTTT', 'ND72-2013', 'QĐ-' || e.registry_code,
              d, 'Nguyễn Văn A', 'Giám đốc', d, d, d + 1000, 'ACTIVE', d
         FROM (SELECT id, registry_code, date '2021-01-01' + (abs(hashtext(id::text)) % 1300) AS d FROM regulated_entity
                WHERE kind = 'GAME_SERVICE_POINT') e
       RETURNING id, number, decision_number, decision_date, expires_on, effective_from)
     INSERT INTO license_event (license_id, seq, type, effective_on, decision_number, decision_date, signer_name, signer_title,
                                authority_code, resulting_status, expires_on_after, number_after, recorded_by)
     SELECT id, 1, 'ISSUED', effective_from, decision_number, decision_date, 'Nguyễn Văn A', 'Giám đốc', '70-STTTT', 'ACTIVE',
            expires_on, number, 'bench' FROM l`,
  );
  await db.dataSource.query('ANALYZE');
  console.log(`generated ${N} entities and ${Math.ceil(N / 4)} licences: ${Date.now() - t} ms`);

  const { secret } = await insertApiKey(db.dataSource.manager, { role: Role.DEPARTMENT_OFFICER, label: 'bench' }, 'bench');
  const local = await insertApiKey(db.dataSource.manager, { role: Role.LOCAL_OFFICER, unitCode: '689', label: 'bench local' }, 'bench');
  const { httpServer, apollo } = await createApp(db.dataSource, config, log);
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;

  const cases: [string, string, string][] = [
    ['first page by name + totalCount', secret, '{ entities(first: 100) { totalCount edges { node { name registryCode } } } }'],
    [
      'search "hoang long" + totalCount',
      secret,
      '{ entities(first: 20, filter: {search: "hoang long"}) { totalCount edges { node { name } } } }',
    ],
    ['district office (689) page', local.secret, '{ entities(first: 100) { totalCount edges { node { name address { fullText } } } } }'],
    [
      'page of 100 with nested licences/events',
      secret,
      '{ entities(first: 100, filter: {kinds: [GAME_SERVICE_POINT]}) { edges { node { name address { fullText } licenses { edges { node { number status events { type authority { name } } } } } } } } }',
    ],
    [
      'EXPIRED licences today + totalCount',
      secret,
      '{ licenses(first: 50, filter: {statuses: [EXPIRED]}) { totalCount edges { node { number expiresOn } } } }',
    ],
  ];
  console.log(`\n${RUNS} runs each, ${N} entities`);
  console.log('case'.padEnd(44), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8));
  for (const [name, key, query] of cases) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = process.hrtime.bigint();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(name.padEnd(44), pct(0.5).padStart(8), pct(0.95).padStart(8), times[times.length - 1].toFixed(1).padStart(8));
  }
  console.log(`\nrss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  await apollo.stop();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
