import { createHash, randomUUID } from 'node:crypto';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';
import { badFields, gamePoint, globalId, register, registerMutation } from './helpers/factories';
import { addDays, LicenseKit, today, uuidOf } from './helpers/licenses';

/** The reproducers of issue 9, each as a user would send it: a client error naming the problem, never a 500. */

let t: TestApp;
let writer: string;
let entityId: string;
beforeAll(async () => {
  t = await startTestApp();
  writer = await t.key(Role.DEPARTMENT_OFFICER);
  entityId = (await register(t, 'GAME_SERVICE_POINT', {}, writer)).id as string;
});
afterAll(() => t.close());

const STACK = /\n\s+at |node_modules|\.ts:\d+|QueryFailedError|stacktrace/;

async function raw(body: Record<string, unknown>, secret?: string) {
  const req = t.http.post('/graphql').set('content-type', 'application/json');
  if (secret) req.set('authorization', `Bearer ${secret}`);
  const res = await req.send(body);
  expect(res.text).not.toMatch(STACK);
  return res;
}

/** Rows of every table a write can touch, to show that a refused input stored nothing. */
const fingerprint = async () =>
  (
    await t.sql(
      `SELECT (SELECT count(*) FROM regulated_entity)::int AS entities, (SELECT coalesce(sum(version), 0) FROM regulated_entity)::int AS versions,
              (SELECT count(*) FROM license)::int AS licenses, (SELECT count(*) FROM audit_log)::int AS audit`,
    )
  )[0];

describe('NUL bytes and unpaired surrogates are BAD_USER_INPUT (400) naming the field, wherever they are', () => {
  test.each([
    ['search (variable)', `query($s: String) { entities(filter: {search: $s}) { totalCount } }`, { s: 'Hoàng\u0000Long' }, 's', 400],
    ['search (literal)', `{ entities(filter: {search: "a\\u0000b"}) { totalCount } }`, {}, 'filter.search', 400],
    ['administrativeUnits(parentCode)', `{ administrativeUnits(parentCode: "7\\u0000") { code } }`, {}, 'parentCode', 400],
    ['a raw NUL as a node id', `query($id: ID!) { node(id: $id) { id } }`, { id: '\u0000' }, 'id', 400],
    // Inside a well-formed id the NUL is found when the id is read (an execution error: HTTP 200, data.node null).
    [
      'a NUL inside a node id',
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: globalId('AdministrativeUnit', '2024:\u0000') },
      'id',
      200,
    ],
    ['a lone high surrogate', `query($s: String) { entities(filter: {search: $s}) { totalCount } }`, { s: 'x\uD800y' }, 's', 400],
    ['a lone low surrogate', `query($s: String) { entities(filter: {search: $s}) { totalCount } }`, { s: '\uDC00' }, 's', 400],
  ])('%s', async (_what, query, variables, field, status) => {
    for (const secret of [writer, undefined]) {
      const res = await raw({ query, variables }, secret);
      expect(res.status).toBe(status);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }
  });

  test.each([
    ['name', { name: 'Điểm\u0000game' }, 'input.name'],
    ['notes', { notes: 'ghi chú\u0000' }, 'input.notes'],
    ['street', { address: { street: '12\u0000 Lê Duẩn' } }, 'input.address.street'],
    ['a kind’s details (lone surrogate)', { details: { openingHours: '8h\uD83D–22h' } }, 'input.details.openingHours'],
    ['a key of a JSON value', { details: { ['bad\u0000key']: 1 } }, 'input.details.bad\u0000key'],
  ])('registering with one in %s stores nothing', async (_what, overrides, field) => {
    const before = await fingerprint();
    const r = await t.gql(
      registerMutation('GAME_SERVICE_POINT'),
      { input: gamePoint(overrides as Parameters<typeof gamePoint>[0]) },
      writer,
    );
    expect(r.status).toBe(400);
    expect(badFields(r)).toEqual([field]);
    expect(await fingerprint()).toEqual(before);
  });
});

test('JSON nested 10,000 deep in a licence’s conditions is BAD_USER_INPUT, and nothing is stored', async () => {
  const input = JSON.stringify({
    holderId: entityId,
    type: 'GAME_POINT_CERTIFICATE',
    number: '1/GCN',
    expiresOn: '2028-11-30',
    conditions: 'DEEP',
    decision: { number: '1/QĐ', date: '2025-12-01', signer: 'A', signerTitle: 'B', authorityCode: 'UBND-X-25210' },
  });
  // Written out by hand: JSON.stringify itself cannot nest 10,000 deep.
  const deep = `${'{"a":'.repeat(10_000)}{"floorAreaM2":60}${'}'.repeat(10_000)}`;
  const query = 'mutation($input: IssueLicenseInput!) { issueLicense(input: $input) { license { id } } }';
  const before = await fingerprint();
  const res = await t.http
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${writer}`)
    .send(`{"query":${JSON.stringify(query)},"variables":{"input":${input.replace('"DEEP"', deep)}}}`);
  expect(res.status).toBe(400);
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors[0]).toMatchObject({
    message: expect.stringContaining('nested deeper than 20 levels'),
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: `input.conditions${'.a'.repeat(19)}` }] },
  });
  expect(await fingerprint()).toEqual(before);
});

test('a subscription is BAD_REQUEST (400): this API has none', async () => {
  const res = await raw({ query: 'subscription { viewer { role } }' });
  expect(res.status).toBe(400);
  expect(res.body.errors).toEqual([
    { message: 'This API has no subscription operations (only queries and mutations)', extensions: { code: 'BAD_REQUEST' } },
  ]);
});

describe('automatic persisted queries', () => {
  const query = '{ viewer { role } }';
  const sha = createHash('sha256').update(query).digest('hex');

  test('a hash that does not match its query is BAD_REQUEST (400)', async () => {
    const res = await raw({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND; once registered it answers', async () => {
    const unknown = await raw({ extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await raw({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
    expect(registered.body).toEqual({ data: { viewer: { role: 'PUBLIC' } } });
    const hit = await raw({ extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
    expect(hit.body).toEqual({ data: { viewer: { role: 'PUBLIC' } } });
  });

  test('an unsupported version is BAD_REQUEST (400)', async () => {
    const res = await raw({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha } } });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('limits that bound real work', () => {
  test('10 aliases of every 2024 ward with its parent’s children (1 KB, no key) are refused before they run', async () => {
    const aliases = Array.from(
      { length: 10 },
      (_, i) => `a${i}: administrativeUnits(structure: THREE_TIER_2024, level: WARD) { code parent { children { code name } } }`,
    );
    const res = await raw({ query: `{ ${aliases.join(' ')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    const e = res.body.errors[0];
    expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: 200_000 });
    // Each alias: 1 + 10,035 wards × (code 1 + parent (1 + children (1 + 168 × (code 1 + name 1)))).
    expect(e.extensions.actual).toBe(10 * (1 + 10_035 * (1 + (1 + (1 + 168 * 2)))));
    expect(e.message).toMatch(/^The query is too costly: \d+ where at most 200000 is allowed\./);
  });

  test('one alias of it is refused too, while the plain ward list is answered whole', async () => {
    const one = await raw({
      query: '{ administrativeUnits(structure: THREE_TIER_2024, level: WARD) { code parent { children { code } } } }',
    });
    expect(one.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const plain = await raw({ query: '{ administrativeUnits(structure: THREE_TIER_2024, level: WARD) { code name } }' });
    expect(plain.status).toBe(200);
    expect(plain.body.data.administrativeUnits).toHaveLength(10_035);
  });

  test('a page costs its `first`: first: 100 with nested pages is refused, first: 5 of the same is answered', async () => {
    const q = (n: number) =>
      `{ entities(first: ${n}) { edges { node { name licenses(first: 100) { edges { node { number events { type decision { number } } } } } } } } }`;
    const big = await raw({ query: q(100) }, writer);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const small = await raw({ query: q(5) }, writer);
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  test('the same query text costs what its variables ask each time: a cheap page answered first does not let a costly one through', async () => {
    const query = `query Page($n: Int, $m: Int, $deep: Boolean!) { entities(first: $n) { edges { node { name
      licenses(first: $m) { edges { node { number events @include(if: $deep) { type decision { number } } } } } } } } }`;
    const cheap = await raw({ query, variables: { n: 5, m: 5, deep: true } }, writer);
    expect(cheap.status).toBe(200);
    expect(cheap.body.errors).toBeUndefined();
    for (const variables of [
      { n: 100, m: 100, deep: true },
      { n: 5, m: 100_000, deep: false },
    ]) {
      const costly = await raw({ query, variables }, writer);
      expect(costly.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    }
    // Only @include decides here: the same pages without the events fit, with them they do not.
    const pages = { n: 100, m: 100 };
    expect((await raw({ query, variables: { ...pages, deep: false } }, writer)).body.errors).toBeUndefined();
    expect((await raw({ query, variables: { ...pages, deep: true } }, writer)).body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // A query whose variables cannot change its cost is answered again and again (its cost is kept).
    const byId = 'query One($s: String) { entities(first: 100, filter: { search: $s }) { totalCount } }';
    for (const s of ['a', 'b', 'c']) expect((await raw({ query: byId, variables: { s } }, writer)).body.errors).toBeUndefined();
  });

  test('aliases of __typename count: 31 of them are refused with a clear message, not "Syntax Error"', async () => {
    const res = await raw({ query: `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: 'The query is too large (aliases): 31 where at most 30 is allowed. Use fewer aliases.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', maximum: 30, actual: 31 },
      },
    ]);
    const ok = await raw({ query: `{ ${Array.from({ length: 30 }, (_, i) => `t${i}: __typename`).join(' ')} }` });
    expect(ok.status).toBe(200);
  });

  test('a query nested too deep names the depth limit', async () => {
    const res = await raw({ query: `{ administrativeUnits { ${'children { '.repeat(12)}code${' }'.repeat(12)} } }` });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^The query is too deep: 1[34] where at most 12 is allowed\./),
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 12 },
    });
  });
});

const NODE_ID = graphql(`
  query NodeId($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

describe('the small items', () => {
  test('licenses(filter: {holderId: ""}) is refused, not read as "no filter"', async () => {
    const r = await t.gql(`{ licenses(filter: {holderId: ""}) { totalCount } }`, {}, writer);
    expect(badFields(r)).toEqual(['filter.holderId']);
  });

  test('auditLog(filter: {recordId: ""}) is refused, not read as "no filter" (recordType and operation likewise)', async () => {
    const all = await t.gql(`{ auditLog { totalCount } }`, {}, writer);
    expect(all.errors).toBeUndefined();
    for (const name of ['recordId', 'recordType', 'operation']) {
      for (const empty of ['', ' ']) {
        const r = await t.gql(`query($v: String) { auditLog(filter: {${name}: $v}) { totalCount } }`, { v: empty }, writer);
        expect(badFields(r)).toEqual([`filter.${name}`]);
      }
    }
    // A real one still filters.
    const one = await t.gql(`query($id: String) { auditLog(filter: {recordId: $id}) { totalCount } }`, { id: uuidOf(entityId) }, writer);
    expect(one.data).toEqual({ auditLog: { totalCount: 1 } });
  });

  test('an upper-case uuid in a global id is refused: one object has one id', async () => {
    const uuid = uuidOf(entityId);
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    const lower = await t.gql(NODE_ID, { id: entityId }, writer);
    expect(lower.data!.node).toEqual({ id: entityId });
    const upper = await t.gql(NODE_ID, { id: globalId('RegulatedEntity', uuid.toUpperCase()) }, writer);
    expect(badFields(upper)).toEqual(['id']);
    const viaFilter = await t.gql(
      `query($h: ID!) { licenses(filter: {holderId: $h}) { totalCount } }`,
      { h: globalId('RegulatedEntity', randomUUID().toUpperCase()) },
      writer,
    );
    expect(badFields(viaFilter)).toEqual(['filter.holderId']);
  });
});

describe('a forged page cursor is BAD_USER_INPUT naming `after` or `before`, never an internal error', () => {
  // What a client can forge from a cursor it was given: base64url of a JSON array, the same shape, parts of another type.
  const cursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
  const U = '5f0c1f43-2b4e-4d35-9a39-0c6a4d6b1e21';
  /** A value of each sort type that PostgreSQL cannot read as it (22P02, 22021, 22007, 22008, 22003 before the fix). */
  const WRONG: Record<string, unknown[]> = {
    text: ['Điểm\u0000game', 'x\uD800y'],
    date: ['zz', '2025-02-30', '20250-01-01'],
    timestamptz: ['zz', '2025-13-01 00:00:00+00'],
    bigint: ['zz', '99999999999999999999', '1.5'],
  };
  const RIGHT: Record<string, unknown> = { text: 'a', date: '2025-01-01', timestamptz: '2025-01-01 00:00:00+00', bigint: '1', uuid: U };
  const WRONG_ID: Record<string, unknown[]> = { uuid: ['zz', U.toUpperCase(), `${U}\u0000`], bigint: ['zz', '99999999999999999999'] };
  const forgeries = (tag: string, cast: string, idCast: string, extra: unknown[] = []) => [
    ...WRONG[cast].map((v) => cursor([tag, v, RIGHT[idCast], ...extra])),
    ...WRONG_ID[idCast].map((id) => cursor([tag, RIGHT[cast], id, ...extra])),
    cursor([tag, 1, RIGHT[idCast], ...extra]),
    cursor([tag, RIGHT[cast], null, ...extra]),
  ];

  /** [what, the field with `$c` as its cursor argument, sort tag, sort type, id type, public holder part]. */
  const LISTS: [string, (arg: string) => string, string, string, string, unknown[]?][] = [
    ['entities', (a) => `entities(${a}: $c) { totalCount edges { cursor } }`, 'name', 'text', 'uuid'],
    [
      'entities by creation',
      (a) => `entities(${a}: $c, orderBy: {field: CREATED_AT}) { edges { cursor } }`,
      'created',
      'timestamptz',
      'uuid',
    ],
    ['licenses', (a) => `licenses(${a}: $c) { totalCount edges { cursor } }`, 'issued', 'date', 'uuid'],
    ['licenses by number', (a) => `licenses(${a}: $c, orderBy: {field: NUMBER}) { edges { cursor } }`, 'number', 'text', 'uuid'],
    ['auditLog', (a) => `auditLog(${a}: $c) { totalCount edges { cursor } }`, 'id', 'bigint', 'bigint'],
    // Read in one statement with the dashboard's other figures: a failure there failed them all with INTERNAL_SERVER_ERROR.
    [
      'statistics.expiringLicenses',
      (a) => `statistics { expiringLicenses(${a}: $c) { totalCount edges { cursor } } entityCounts { count } }`,
      'expires',
      'date',
      'uuid',
    ],
  ];

  let admin: string;
  beforeAll(async () => {
    admin = await t.key(Role.ADMIN);
    const kit = new LicenseKit(t, writer);
    for (let i = 0; i < 2; i++) {
      const holder = await kit.gamePoint();
      await kit.issue(holder.id, { on: addDays(today(), -10), expiresOn: addDays(today(), 30 + i) });
    }
  });

  const ask = (field: string, c: string) => raw({ query: `query($c: String) { ${field} }`, variables: { c } }, admin);

  test.each(LISTS)('%s', async (_what, field, tag, cast, idCast) => {
    for (const arg of ['after', 'before']) {
      for (const c of forgeries(tag, cast, idCast)) {
        const res = await ask(field(arg), c);
        expect(res.status).toBe(200);
        expect(res.body.errors).toHaveLength(1);
        expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: arg }] });
      }
    }
  });

  test.each(LISTS)('%s: its own cursors still page both ways', async (_what, field) => {
    const nodes = (body: { data: Record<string, unknown> }) => {
      const list = JSON.stringify(body.data);
      return JSON.parse(list.slice(list.indexOf('"edges":') + 8, list.indexOf(']') + 1)) as { cursor: string }[];
    };
    const first = await raw({ query: `{ ${field('first: 1, after').replace('$c', 'null')} }` }, admin);
    expect(first.body.errors).toBeUndefined();
    const [one] = nodes(first.body);
    const second = await ask(field('first: 1, after'), one.cursor);
    expect(second.body.errors).toBeUndefined();
    const [two] = nodes(second.body);
    expect(two.cursor).not.toBe(one.cursor);
    const back = await ask(field('last: 1, before'), two.cursor);
    expect(back.body.errors).toBeUndefined();
    expect(nodes(back.body)).toEqual([one]);
  });

  test('the public lists, over GraphQL and on the page', async () => {
    const lists: [string, string, string, unknown[]][] = [
      ['publicGameServicePoints(list: LICENSED, after: $c)', 'name', 'text', [U]],
      ['publicGameServicePoints(list: REVOKED, after: $c)', 'revoked', 'date', []],
      ['publicRevokedRadioLicenses(after: $c)', 'revoked', 'date', []],
    ];
    for (const [field, tag, cast, holder] of lists) {
      for (const c of [...forgeries(tag, cast, 'uuid', holder), ...(holder.length ? [cursor([tag, 'a', U, 'zz'])] : [])]) {
        for (const secret of [undefined, admin]) {
          const res = await raw({ query: `query($c: String) { ${field} { totalCount edges { cursor } } }`, variables: { c } }, secret);
          expect(res.body.errors).toHaveLength(1);
          expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
        }
      }
    }
    for (const c of forgeries('name', 'text', 'uuid', [U])) {
      const page = await t.http.get('/public/game-service-points').query({ after: c });
      expect(page.status).toBe(400);
      expect(page.text).toContain('Liên kết trang không đúng với danh sách này');
    }
  });

  test('a change-feed checkpoint with numbers no bigint holds', async () => {
    const given = await raw({ query: '{ changes(first: 1) { checkpoint } }' }, admin);
    const [version, feed] = JSON.parse(Buffer.from(given.body.data.changes.checkpoint, 'base64url').toString('utf8')) as unknown[];
    const huge = '9999999999999999999';
    for (const c of [
      cursor([version, feed, huge, huge, [], null]),
      cursor([version, feed, '1', huge, [huge], null]),
      cursor([version, feed, '1', '2', [], `1.${huge}`]),
    ]) {
      const res = await raw({ query: 'query($c: String) { changes(after: $c) { checkpoint } }', variables: { c } }, admin);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    }
  });
});
