import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { parse } from 'graphql';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import pino from 'pino';
import request from 'supertest';
import { seedDemoIfEmpty } from '../seeds/demo-start';
import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { createApp, App } from '../src/app';
import { insertApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/roles';
import { loadConfig } from '../src/config';
import { openDatabase, OpenDatabase } from '../src/database/open';
import { graphql } from './gql';
import { startTestApp, TEST_LEGAL_BASIS, TestApp } from './helpers/app';
import { freshTaxCode, gamePoint, register } from './helpers/factories';

/**
 * The national graph (issue 11 item 4, src/api/subgraph.ts): two registries — Đồng Nai (75) with its demo data on a
 * database cloned from the test template, and Hà Nội (01) started on an empty database of its own like
 * `npm start` — each serve their Federation 2 subgraph at /subgraph. The test composes them with @apollo/composition
 * and serves the supergraph through @apollo/gateway, forwarding the caller's Authorization and X-Legal-Basis headers.
 */
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const adminUrl = process.env.ICT_TEST_ADMIN_URL!;
const hanoiDb = `ict_test_fed01_${randomBytes(4).toString('hex')}`;
const keysFile = path.join(os.tmpdir(), `${hanoiDb}-keys.txt`);

let dongNai: TestApp;
let hanoiDbHandle: OpenDatabase;
let hanoi: App;
let hanoiUrl: string;
let gateway: ApolloServer<GatewayContext>;
let gatewayHttp: ReturnType<typeof request>;
/** A national system's key, provisioned in both provinces (the same secret). */
let ministry: string;
let dongNaiDept: string;
let hanoiDept: string;
let districtOfficer: string;
let sharedEnterprise: string;

interface GatewayContext {
  authorization?: string;
  legalBasis?: string;
}

async function admin(sql: string) {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function subgraphSdl(url: string): Promise<string> {
  const res = await request(url).post('/subgraph').set('content-type', 'application/json').send({ query: '{ _service { sdl } }' });
  expect(res.body.errors).toBeUndefined();
  return res.body.data._service.sdl as string;
}

beforeAll(async () => {
  // Đồng Nai: the template database with the demo data.
  dongNai = await startTestApp({ serverTiming: true });
  await dongNai.dataSource.transaction(async (m) => {
    await seedDemoEntities(m, { provinceCode: '75' });
    await seedDemoLicenses(m);
  });
  const dongNaiUrl = await dongNai.listen();

  // Hà Nội: its own database and REGISTRY_PROVINCE_CODE, started as `npm start` starts it.
  await admin(`CREATE DATABASE ${hanoiDb}`);
  const u = new URL(adminUrl);
  u.pathname = `/${hanoiDb}`;
  const config = {
    ...loadConfig({ NODE_ENV: 'test', REGISTRY_PROVINCE_CODE: '01', DATABASE_URL: u.toString() }),
    demoKeysFile: keysFile,
  };
  config.rateLimits = { ...config.rateLimits, perIp: 0, perKey: 0, authFailures: 0 };
  hanoiDbHandle = await openDatabase(config, log, { role: 'server' });
  await seedDemoIfEmpty(hanoiDbHandle.dataSource, config, log);
  hanoi = await createApp(hanoiDbHandle.dataSource, config, log);
  hanoiUrl = await new Promise<string>((resolve) =>
    hanoi.httpServer.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(hanoi.httpServer.address() as AddressInfo).port}`)),
  );

  // Keys: a national system's key is provisioned in every province (the same secret, copied row).
  ministry = await dongNai.key(Role.MINISTRY_SYSTEM);
  const [row] = await dongNai.sql(`SELECT to_jsonb(k) AS k FROM api_key k WHERE role = 'MINISTRY_SYSTEM' ORDER BY created_at DESC LIMIT 1`);
  await hanoiDbHandle.dataSource.query(`INSERT INTO api_key SELECT * FROM jsonb_populate_record(NULL::api_key, $1::jsonb)`, [
    JSON.stringify(row.k),
  ]);
  dongNaiDept = await dongNai.key(Role.DEPARTMENT_OFFICER);
  districtOfficer = await dongNai.key(Role.LOCAL_OFFICER, '689');
  hanoiDept = (await insertApiKey(hanoiDbHandle.dataSource.manager, { role: Role.DEPARTMENT_OFFICER, label: 'hanoi' }, 'test')).secret;

  // One enterprise registered in both provinces: a Đồng Nai holder's enterprise code also holds a Hà Nội game point.
  const [holder] = await dongNai.sql<{ code: string }>(
    `SELECT left(tax_code, 10) AS code FROM regulated_entity WHERE tax_code ~ '^[0-9]{10}' AND status = 'ACTIVE' ORDER BY registry_code LIMIT 1`,
  );
  sharedEnterprise = holder.code;
  const registered = await request(hanoi.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${hanoiDept}`)
    .send({
      query: REGISTER.toString(),
      variables: {
        input: gamePoint({
          name: 'Điểm game Ba Đình',
          legalForm: 'ENTERPRISE',
          taxCode: sharedEnterprise,
          address: { wardCode: '00004', structure: 'TWO_TIER_2025' },
        }),
      },
    });
  expect(registered.body.errors).toBeUndefined();

  // The supergraph, composed from the SDL each subgraph serves.
  const composed = composeServices([
    { name: 'province75', url: `${dongNaiUrl}/subgraph`, typeDefs: parse(await subgraphSdl(dongNaiUrl)) },
    { name: 'province01', url: `${hanoiUrl}/subgraph`, typeDefs: parse(await subgraphSdl(hanoiUrl)) },
  ]);
  expect(composed.errors).toBeUndefined();
  gateway = new ApolloServer<GatewayContext>({
    gateway: new ApolloGateway({
      supergraphSdl: composed.supergraphSdl!,
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<GatewayContext>({
          url,
          willSendRequest({ request: req, context }) {
            if (context.authorization) req.http!.headers.set('authorization', context.authorization);
            if (context.legalBasis) req.http!.headers.set('x-legal-basis', context.legalBasis);
          },
        }),
    }),
  });
  await gateway.start();
  const app = express();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(gateway, {
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        legalBasis: typeof req.headers['x-legal-basis'] === 'string' ? req.headers['x-legal-basis'] : undefined,
      }),
    }),
  );
  gatewayHttp = request(app);
}, 300_000);

afterAll(async () => {
  await gateway?.stop();
  await hanoi?.apollo.stop();
  await hanoiDbHandle?.close();
  await dongNai?.close();
  fs.rmSync(keysFile, { force: true });
  await admin(`DROP DATABASE IF EXISTS ${hanoiDb} WITH (FORCE)`);
});

const REGISTER = graphql(`
  mutation FederationRegisterGamePoint($input: RegisterGameServicePointInput!) {
    registerGameServicePoint(input: $input) {
      entity {
        registryCode
      }
    }
  }
`);

const GAME_POINT_TOTAL = graphql(`
  query FederationGamePointTotal {
    entities(filter: { kinds: [GAME_SERVICE_POINT] }) {
      totalCount
    }
  }
`);

interface Page {
  totalCount: number;
  edges: { node: { registryCode: string; name: string; address: { province: { code: string } } } }[];
}

/** A query through the gateway; `D` is the shape it asks for (the supergraph's answers have no generated types). */
async function national<D = Record<string, unknown>>(query: string, secret: string | null, legalBasis: string | null = TEST_LEGAL_BASIS) {
  const req = gatewayHttp.post('/graphql').set('content-type', 'application/json');
  if (secret) req.set('authorization', `Bearer ${secret}`);
  if (legalBasis) req.set('x-legal-basis', legalBasis);
  const res = await req.send({ query });
  return res.body as { data?: D | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function total(url: string | TestApp, secret: string): Promise<number> {
  if (typeof url !== 'string') return (await url.gql(GAME_POINT_TOTAL, {}, secret)).data!.entities.totalCount;
  const res = await request(url)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${secret}`)
    .send({ query: GAME_POINT_TOTAL.toString() });
  return res.body.data.entities.totalCount as number;
}

const BOTH_PROVINCES = `
  query GamePointsOfTwoProvinces {
    dongNai: province75 {
      entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: 5) {
        totalCount
        edges { node { registryCode name address { province { code } } } }
      }
    }
    hanoi: province01 {
      entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: 5) {
        totalCount
        edges { node { registryCode name address { province { code } } } }
      }
    }
  }
`;

test('one gateway query lists the game points of both provinces, each from its own registry', async () => {
  const r = await national<{ dongNai: { entities: Page }; hanoi: { entities: Page } }>(BOTH_PROVINCES, ministry);
  expect(r.errors).toBeUndefined();
  const dn = r.data!.dongNai.entities;
  const hn = r.data!.hanoi.entities;
  expect(dn.edges).toHaveLength(5);
  expect(hn.edges).toHaveLength(5);
  expect(dn.edges.every((e) => /-(70|75)-\d{6}$/.test(e.node.registryCode) && ['70', '75'].includes(e.node.address.province.code))).toBe(
    true,
  );
  expect(hn.edges.every((e) => /-01-\d{6}$/.test(e.node.registryCode) && e.node.address.province.code === '01')).toBe(true);
  // The same totals as each registry's own /graphql gives.
  expect(dn.totalCount).toBe(await total(dongNai, dongNaiDept));
  expect(hn.totalCount).toBe(await total(hanoiUrl, hanoiDept));
});

test('an entity reference resolves across subgraphs: a Đồng Nai holder’s registrations in Hà Nội, by its enterprise code', async () => {
  type Edge = {
    node: {
      registryCode: string;
      national: { nationalId: string; inProvince01: { totalCount: number; edges: { node: { name: string; registryCode: string } }[] } };
    };
  };
  const r = await national<{ province75: { entities: { edges: Edge[] } } }>(
    `query EnterpriseAcrossProvinces {
      province75 {
        entities(filter: { enterpriseCode: "${sharedEnterprise}" }, first: 10) {
          edges { node { registryCode national { nationalId inProvince01 { totalCount edges { node { registryCode name } } } } } }
        }
      }
    }`,
    ministry,
  );
  expect(r.errors).toBeUndefined();
  const edges = r.data!.province75.entities.edges;
  expect(edges.length).toBeGreaterThan(0);
  for (const { node } of edges) {
    expect(node.registryCode).toMatch(/-(70|75)-\d{6}$/);
    expect(node.national.nationalId).toBe(sharedEnterprise);
    expect(node.national.inProvince01.totalCount).toBe(1);
    expect(node.national.inProvince01.edges.map((e) => e.node)).toEqual([
      { registryCode: expect.stringMatching(/-01-\d{6}$/), name: 'Điểm game Ba Đình' },
    ]);
  }
  // It was Hà Nội's subgraph that answered the reference (`_entities`), audited there with the legal basis.
  const audit = (await hanoiDbHandle.dataSource.query(
    `SELECT record_id, legal_basis, rows_released FROM audit_log WHERE actor_role = 'MINISTRY_SYSTEM' AND record_id = '_entities'`,
  )) as { record_id: string; legal_basis: string; rows_released: number }[];
  expect(audit).toEqual([{ record_id: '_entities', legal_basis: TEST_LEGAL_BASIS, rows_released: 1 }]);
});

test('jurisdiction holds through the gateway: a district officer sees its own district only', async () => {
  type DistrictPage = { totalCount: number; edges: { node: { address: { district: { code: string } | null } } }[] };
  const r = await national<{ province75: { entities: DistrictPage } }>(
    `query DistrictGamePoints {
      province75 {
        entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: 100) {
          totalCount
          edges { node { registryCode address { district { code } } } }
        }
      }
    }`,
    districtOfficer,
  );
  expect(r.errors).toBeUndefined();
  const page = r.data!.province75.entities;
  expect(page.totalCount).toBe(await total(dongNai, districtOfficer));
  expect(page.totalCount).toBeGreaterThan(0);
  expect(page.totalCount).toBeLessThan(await total(dongNai, dongNaiDept));
  // A key of one province is unknown to the other: asking Hà Nội with it is refused, not answered as public.
  const other = await national(`{ province01 { entities(first: 1) { totalCount } } }`, districtOfficer);
  expect(other.errors?.length).toBeGreaterThan(0);
  expect(other.data?.province01 ?? null).toBeNull();
});

test('a national system’s read through the gateway is audited in each province with its legal basis; without one nothing is released', async () => {
  const before = (await dongNai.sql(`SELECT count(*)::int AS n FROM audit_log WHERE actor_role = 'MINISTRY_SYSTEM'`))[0].n as number;
  const refused = await national(BOTH_PROVINCES, ministry, null);
  expect(refused.data?.dongNai ?? null).toBeNull();
  expect(refused.data?.hanoi ?? null).toBeNull();
  expect(JSON.stringify(refused.errors)).toMatch(/X-Legal-Basis/);
  expect((await dongNai.sql(`SELECT count(*)::int AS n FROM audit_log WHERE actor_role = 'MINISTRY_SYSTEM'`))[0].n).toBe(before);

  const basis = 'Nghị định 47/2020/NĐ-CP, Điều 10 (cổng quốc gia)';
  const r = await national(BOTH_PROVINCES, ministry, `UTF-8''${encodeURIComponent(basis)}`);
  expect(r.errors).toBeUndefined();
  for (const db of [dongNai.dataSource, hanoiDbHandle.dataSource]) {
    const rows = (await db.query(
      `SELECT record_id, filters, rows_released FROM audit_log WHERE actor_role = 'MINISTRY_SYSTEM' AND legal_basis = $1`,
      [basis],
    )) as { record_id: string; filters: Record<string, unknown>; rows_released: number }[];
    // The reads under the province's root field, with their arguments, are what the audit records.
    expect(rows).toHaveLength(1);
    expect(rows[0].record_id).toBe('entities');
    expect(Object.values(rows[0].filters)).toEqual([
      { field: 'entities', arguments: { filter: { kinds: ['GAME_SERVICE_POINT'] }, first: 5 } },
    ]);
    expect(rows[0].rows_released).toBe(5);
  }
});

test('the cost limit holds on /subgraph as on /graphql (the list sizes travel with the shared types)', async () => {
  const wards = 'administrativeUnits(structure: THREE_TIER_2024, level: WARD) { code parent { children { code name } } }';
  const post = (endpoint: string, query: string) =>
    dongNai.http.post(endpoint).set('content-type', 'application/json').set('authorization', `Bearer ${dongNaiDept}`).send({ query });
  const [viaGraphql, viaSubgraph] = await Promise.all([post('/graphql', `{ ${wards} }`), post('/subgraph', `{ province75 { ${wards} } }`)]);
  expect(viaGraphql.status).toBe(400);
  expect(viaSubgraph.status).toBe(400);
  expect(viaSubgraph.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  // One more level for the province field and its one object: the same cost otherwise.
  expect(viaSubgraph.body.errors[0].extensions.actual).toBe(viaGraphql.body.errors[0].extensions.actual + 1);
  // The subgraph has no writes: they go to the province's own /graphql.
  const write = await post('/subgraph', 'mutation { __typename }');
  expect(write.status).toBe(400);
});

test('an `_entities` call answers all its references in one statement, each as `entities` answers it (enterprise and registry codes, pages, unknown ids)', async () => {
  // One enterprise with three registrations (pages of 2), then the national ids of the registry's first 150 holders.
  const enterprise = freshTaxCode();
  for (const kind of ['GAME_SERVICE_POINT', 'INTERNET_ACCESS_POINT', 'PUBLISHER'] as const) {
    await register(dongNai, kind, { taxCode: enterprise }, dongNaiDept);
  }
  const holders = await dongNai.sql<{ id: string }>(
    `SELECT CASE WHEN tax_code ~ '^[0-9]{10}' THEN left(tax_code, 10) ELSE registry_code END AS id FROM regulated_entity
      ORDER BY registry_code LIMIT 150`,
  );
  const ids = [...new Set([enterprise, ...holders.map((h) => h.id), '0000000000', 'GSP-75-999999'])];
  expect(ids.filter((id) => /^\d{10}$/.test(id)).length).toBeGreaterThan(10);
  expect(ids.filter((id) => !/^\d{10}$/.test(id)).length).toBeGreaterThan(10);
  const post = (endpoint: string, query: string, variables: object) =>
    dongNai.http
      .post(endpoint)
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${dongNaiDept}`)
      .send({ query, variables });
  const references = `query References($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on NationalEntity {
      nationalId inProvince75(first: 2, after: $after, statuses: [ACTIVE, DEREGISTERED]) {
        totalCount pageInfo { hasNextPage } edges { cursor node { registryCode name } } } } } }`;
  const refs = (list: string[]) => list.map((nationalId) => ({ __typename: 'NationalEntity', nationalId }));
  const statements = (res: { headers: Record<string, string> }) =>
    Number(/desc="(\d+) statements"/.exec(res.headers['server-timing'] ?? '')?.[1]);

  const batch = await post('/subgraph', references, { r: refs(ids) });
  expect(batch.body.errors).toBeUndefined();
  const alone = await post('/subgraph', references, { r: refs([ids[1]]) });
  expect(statements(batch)).toBeGreaterThan(0);
  expect(statements(batch)).toBe(statements(alone));

  type Page = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: { cursor?: string; node: { registryCode: string; name: string } }[];
  };
  const answered = batch.body.data._entities as { nationalId: string; inProvince75: Page }[];
  expect(answered.map((a) => a.nationalId)).toEqual(ids);
  for (const { nationalId, inProvince75: page } of answered) {
    // What /graphql answers: the enterprise code's registrations, or the holder with exactly that registry code.
    const enterpriseCode = /^\d{10}$/.test(nationalId);
    const filter = enterpriseCode ? `enterpriseCode: "${nationalId}"` : `search: "${nationalId}"`;
    const expected = await post(
      '/graphql',
      `{ entities(first: ${enterpriseCode ? 2 : 100}, filter: { ${filter}, statuses: [ACTIVE, DEREGISTERED] }) {
          totalCount pageInfo { hasNextPage } edges { node { registryCode name } } } }`,
      {},
    );
    const list = expected.body.data.entities as Page;
    const nodes = enterpriseCode
      ? list.edges.map((e) => e.node)
      : list.edges.map((e) => e.node).filter((n) => n.registryCode === nationalId);
    expect({ id: nationalId, nodes: page.edges.map((e) => e.node) }).toEqual({ id: nationalId, nodes });
    expect(page.totalCount).toBe(enterpriseCode ? list.totalCount : nodes.length);
    expect(page.pageInfo.hasNextPage).toBe(enterpriseCode ? list.pageInfo.hasNextPage : false);
  }
  const first = answered.find((a) => a.nationalId === enterprise)!.inProvince75;
  expect([first.totalCount, first.edges.length, first.pageInfo.hasNextPage]).toEqual([3, 2, true]);
  const next = await post('/subgraph', references, { r: refs([enterprise, '0000000000']), after: first.edges[1].cursor });
  const second = next.body.data._entities[0].inProvince75 as Page;
  expect([second.totalCount, second.edges.length, second.pageInfo.hasNextPage]).toEqual([3, 1, false]);
  expect(second.edges[0].node.registryCode).not.toBe(first.edges[0].node.registryCode);
  expect(next.body.data._entities[1].inProvince75).toMatchObject({ totalCount: 0, edges: [] });
});
