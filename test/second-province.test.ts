import 'reflect-metadata';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import request from 'supertest';
import { seedDemoIfEmpty } from '../seeds/demo-start';
import { createApp, App } from '../src/app';
import { insertApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/roles';
import { Config, ConfigError, loadConfig } from '../src/config';
import { openDatabase, OpenDatabase } from '../src/database/open';
import { graphql } from './gql';
import type { GraphQLResponse } from './helpers/app';
import { gamePoint } from './helpers/factories';

/**
 * Any province (issue 13): the registry of Hà Nội (01, which did not merge on 1 Jul 2025) starts on an empty database the
 * way `npm start` does — migrations, reference lists and authorities derived for its province, the demo data — and
 * answers the same smoke questions as Đồng Nai's.
 */
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const adminUrl = process.env.ICT_TEST_ADMIN_URL!;
const dbName = `ict_test_hanoi_${randomBytes(4).toString('hex')}`;
const keysFile = path.join(os.tmpdir(), `${dbName}-keys.txt`);
let config: Config;
let db: OpenDatabase;
let app: App;
let dept: string;

async function admin(sql: string) {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  config = {
    ...loadConfig({ NODE_ENV: 'test', REGISTRY_PROVINCE_CODE: '01', DATABASE_URL: u.toString() }),
    demoKeysFile: keysFile,
  };
  db = await openDatabase(config, log, { role: 'server' });
  // What `npm start` does on a first start (there it runs for the embedded database only).
  await seedDemoIfEmpty(db.dataSource, config, log);
  app = await createApp(db.dataSource, config, log);
  dept = (await insertApiKey(db.dataSource.manager, { role: Role.DEPARTMENT_OFFICER, label: 'hanoi' }, 'test')).secret;
}, 240_000);
afterAll(async () => {
  await app?.apollo.stop();
  await db?.close();
  fs.rmSync(keysFile, { force: true });
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

async function gql<R, V>(doc: DocumentTypeDecoration<R, V>, variables?: NoInfer<V>): Promise<GraphQLResponse<R>> {
  const res = await request(app.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${dept}`)
    .send({ query: (doc as unknown as string).toString(), variables });
  return { status: res.status, data: res.body.data, errors: res.body.errors };
}

test('the configuration: a 2025 province code, its 2024 predecessors from the official mapping; a 2024-only code is refused', () => {
  expect(config.provinceCode).toBe('01');
  expect(config.provinceCodes2024).toEqual(['01']);
  expect(loadConfig({ NODE_ENV: 'test' }).provinceCodes2024).toEqual(['70', '75']);
  expect(() => loadConfig({ NODE_ENV: 'test', REGISTRY_PROVINCE_CODE: '70' })).toThrow(ConfigError);
  expect(() => loadConfig({ NODE_ENV: 'test', REGISTRY_PROVINCE_CODE: '70' })).toThrow(/give the 2025 code 75/);
  expect(() => loadConfig({ NODE_ENV: 'test', REGISTRY_PROVINCE_CODE: '99' })).toThrow(/not one of the 34 province codes/);
});

const AUTHORITIES = graphql(`
  query HanoiAuthorities($on: LocalDate) {
    authorities(validOn: $on) {
      code
      level
      validTo
    }
  }
`);

test('authorities derived for Hà Nội: its Sở and People’s Committee across 1 Jul 2025, its districts, then its communes', async () => {
  const before = await gql(AUTHORITIES, { on: '2025-02-01' });
  const codes = before.data!.authorities.map((a) => a.code);
  expect(codes).toEqual(expect.arrayContaining(['01-STTTT', '01-SVHTTDL', '01-UBND', 'UBND-H-001']));
  const [{ districts, communes }] = (await db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM administrative_unit WHERE version = 2024 AND level = 'DISTRICT' AND parent_code = '01') AS districts,
            (SELECT count(*)::int FROM administrative_unit WHERE version = 2025 AND level = 'WARD' AND province_code = '01') AS communes`,
  )) as { districts: number; communes: number }[];
  expect(before.data!.authorities.filter((a) => a.level === 'DISTRICT_PEOPLES_COMMITTEE')).toHaveLength(districts);
  expect(codes.some((c) => c.startsWith('70-') || c.startsWith('75-'))).toBe(false);

  const after = await gql(AUTHORITIES, { on: '2025-08-01' });
  const list = after.data!.authorities;
  expect(list.filter((a) => a.level === 'COMMUNE_PEOPLES_COMMITTEE')).toHaveLength(communes);
  expect(list.filter((a) => a.level === 'DISTRICT_PEOPLES_COMMITTEE')).toEqual([]);
  // Not merged: the same People's Committee and Sở VH-TT-DL before and after 1 Jul 2025.
  expect(list.map((a) => a.code)).toEqual(expect.arrayContaining(['01-UBND', '01-SKHCN', '01-SVHTTDL']));
});

const LIST = graphql(`
  query HanoiEntities {
    entities(first: 100) {
      totalCount
      edges {
        node {
          registryCode
          address {
            province {
              code
            }
          }
        }
      }
    }
  }
`);

test('the demo data is Hà Nội’s, with licences', async () => {
  const r = await gql(LIST);
  expect(r.errors).toBeUndefined();
  expect(r.data!.entities.totalCount).toBeGreaterThan(50);
  expect(r.data!.entities.edges.every((e) => /-01-\d{6}$/.test(e.node.registryCode) && e.node.address.province.code === '01')).toBe(true);
  const [{ n }] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM license`)) as { n: number }[];
  expect(n).toBeGreaterThan(0);
  const keys = fs.readFileSync(keysFile, 'utf8');
  expect(keys).toMatch(/DEPARTMENT_OFFICER/);
  // The demo's local offices are Hà Nội's: Quận Ba Đình (001) and the commune its first ward went into.
  expect(keys).toMatch(/LOCAL_OFFICER \(001\)\tDemo district office: Quận Ba Đình \(2024\)/);
  expect(keys).toMatch(/LOCAL_OFFICER \(0\d{4}\)\tDemo commune office: Phường /);
});

const REGISTER = graphql(`
  mutation HanoiRegisterGamePoint($input: RegisterGameServicePointInput!) {
    registerGameServicePoint(input: $input) {
      entity {
        id
        registryCode
      }
    }
  }
`);
const ISSUE = graphql(`
  mutation HanoiIssue($i: IssueLicenseInput!) {
    issueLicense(input: $i) {
      license {
        status
        number
      }
    }
  }
`);

test('a game point in Phường Ba Đình gets its certificate from its commune committee; a Bình Phước address is refused', async () => {
  const outside = await gql(REGISTER, { input: gamePoint({ address: { wardCode: '25210', structure: 'TWO_TIER_2025' } }) });
  expect(outside.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  expect(outside.errors![0].extensions!.fields).toEqual([
    { field: 'address.wardCode', message: "lies outside the registry's province (01 in the TWO_TIER_2025 structure)" },
  ]);
  const r = await gql(REGISTER, {
    input: gamePoint({ name: 'Điểm game Ba Đình', address: { wardCode: '00004', structure: 'TWO_TIER_2025' } }),
  });
  expect(r.errors).toBeUndefined();
  const holderId = r.data!.registerGameServicePoint.entity.id;
  const decision = (authorityCode: string) => ({
    number: `1/QĐ-${authorityCode}`,
    date: '2025-08-01',
    signer: 'Nguyễn Văn An',
    signerTitle: 'Chủ tịch',
    authorityCode,
  });
  const wrong = await gql(ISSUE, {
    i: { holderId, type: 'GAME_POINT_CERTIFICATE', number: 'HN-0/GCN', expiresOn: '2027-08-01', decision: decision('UBND-X-00008') },
  });
  expect(wrong.errors![0].extensions!.fields![0]).toMatchObject({
    field: 'decision.authorityCode',
    message: expect.stringMatching(/no jurisdiction/),
  });
  const ok = await gql(ISSUE, {
    i: { holderId, type: 'GAME_POINT_CERTIFICATE', number: 'HN-1/GCN', expiresOn: '2027-08-01', decision: decision('UBND-X-00004') },
  });
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.issueLicense.license).toEqual({ status: 'ACTIVE', number: 'HN-1/GCN' });
});

test('an upgraded database gets the authorities and licence rules of this version on the next server start', async () => {
  // What a database loaded by an older version looks like: a rule it did not know, a body with a period since corrected.
  await db.dataSource.query(`UPDATE license_type SET one_current_per_holder = false WHERE code = 'GAME_POINT_CERTIFICATE'`);
  await db.dataSource.query(`DELETE FROM license_type_competence WHERE license_type = 'POSTAL_LICENSE'`);
  await db.dataSource.query(`UPDATE authority SET valid_to = NULL WHERE code = '01-STTTT'`);
  const again = await openDatabase(config, log, { role: 'server' });
  try {
    const [row] = (await again.dataSource.query(
      `SELECT (SELECT one_current_per_holder FROM license_type WHERE code = 'GAME_POINT_CERTIFICATE') AS one,
              (SELECT string_agg(array_to_string(holder_detail_values, ','), ' | ' ORDER BY id) FROM license_type_competence WHERE license_type = 'POSTAL_LICENSE')::text AS postal,
              (SELECT valid_to::text FROM authority WHERE code = '01-STTTT') AS "sttttTo"`,
    )) as { one: boolean; postal: string; sttttTo: string }[];
    expect(row).toEqual({ one: true, postal: 'INTRA_PROVINCIAL | INTER_PROVINCIAL,INTERNATIONAL', sttttTo: '2025-02-28' });
  } finally {
    await again.close();
  }
});
