import 'reflect-metadata';
import { Writable } from 'node:stream';
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import pino from 'pino';
import { Client } from 'pg';
import { Role } from '../src/auth/roles';
import { assertListSizesDeclared, listOf, operationCost } from '../src/graphql/limits';
import { LIST_SIZES } from '../src/graphql/list-sizes';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';
import { codes } from './helpers/factories';

/** Lines the app logged, as parsed JSON (pino). */
function capture() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, log: pino({ level: 'info' }, stream) };
}

describe('declared list sizes', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  test('the sizes of the reference lists are the real ones of the seeded data', async () => {
    const [row] = await t.sql(`
      SELECT (SELECT json_object_agg(version || ':' || level, n) FROM (SELECT version, level, count(*)::int n FROM administrative_unit GROUP BY 1, 2) x) AS units,
             (SELECT max(n) FROM (SELECT count(*)::int n FROM administrative_unit WHERE parent_code IS NOT NULL GROUP BY version, parent_code) x) AS children,
             (SELECT max(n) FROM (SELECT count(*)::int n FROM administrative_unit_mapping GROUP BY old_code) x) AS successors,
             (SELECT count(*)::int FROM authority) AS authorities,
             (SELECT max(n) FROM (SELECT count(*)::int n FROM authority_function GROUP BY authority_code) x) AS functions,
             (SELECT count(*)::int FROM license_type) AS types,
             (SELECT max(n) FROM (SELECT count(*)::int n FROM license_legal_basis GROUP BY license_type) x) AS bases,
             (SELECT max(n) FROM (SELECT count(*)::int n FROM license_type_competence GROUP BY license_type) x) AS competence,
             (SELECT max(n) FROM (SELECT count(*)::int n FROM revocation_ground GROUP BY license_type) x) AS grounds`);
    expect(row.units).toEqual({
      '2024:PROVINCE': LIST_SIZES.units[2024].PROVINCE,
      '2024:DISTRICT': LIST_SIZES.units[2024].DISTRICT,
      '2024:WARD': LIST_SIZES.units[2024].WARD,
      '2025:PROVINCE': LIST_SIZES.units[2025].PROVINCE,
      '2025:WARD': LIST_SIZES.units[2025].WARD,
    });
    expect(row.children).toBe(LIST_SIZES.unitChildren);
    expect(row.successors).toBe(LIST_SIZES.unitSuccessors);
    expect(row.types).toBe(LIST_SIZES.licenseTypes);
    expect(row.authorities).toBeLessThanOrEqual(LIST_SIZES.authorities);
    expect(row.functions).toBeLessThanOrEqual(LIST_SIZES.authorityFunctions);
    expect(row.bases).toBeLessThanOrEqual(LIST_SIZES.legalBasesPerType);
    expect(row.competence).toBeLessThanOrEqual(LIST_SIZES.competencePerType);
    expect(row.grounds).toBeLessThanOrEqual(LIST_SIZES.revocationGroundsPerType);
  });

  test('a list paginated by `first` alone (a feed) costs its page; one declared with listOf costs its size', () => {
    const item = new GraphQLObjectType({ name: 'Item', fields: { name: { type: GraphQLString }, code: { type: GraphQLString } } });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          feed: { type: new GraphQLList(item), args: { first: { type: GraphQLInt }, after: { type: GraphQLString } } },
          kinds: { type: new GraphQLList(item), extensions: { complexity: listOf(8) } },
        },
      }),
    });
    assertListSizesDeclared(schema);
    const cost = (q: string, variables = {}) => operationCost(schema, parse(q), variables);
    expect(cost('{ feed(first: 50) { name code } }')).toBe(1 + 50 * 2);
    expect(cost('query($n: Int) { feed(first: $n) { name } }', { n: 500 })).toBe(1 + 500);
    expect(cost('{ feed { name } }')).toBe(1 + 20);
    expect(cost('{ kinds { name code } }')).toBe(1 + 8 * 2);
  });

  test('a schema with a list of objects of unknown size does not start', () => {
    const item = new GraphQLObjectType({ name: 'Item', fields: { name: { type: GraphQLString } } });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { items: { type: new GraphQLList(item) } } }),
    });
    expect(() => assertListSizesDeclared(schema)).toThrow(/list fields without a size for the cost model .*: Query\.items$/);
  });

  test('the cost limit leaves a reference list whole: every 2024 ward with eight fields is answered', async () => {
    // 1 + 10,035 wards × 8 fields = 80,281 ≤ 200,000.
    const r = await t.gql(ALL_WARDS_2024);
    expect(r.errors).toBeUndefined();
    expect(r.data!.administrativeUnits).toHaveLength(10_035);
  });
});

const ALL_WARDS_2024 = graphql(`
  query AllWards2024 {
    administrativeUnits(structure: THREE_TIER_2024, level: WARD) {
      id
      code
      name
      fullName
      nameEn
      type
      level
      structure
    }
  }
`);
const BINH_PHUOC_DISTRICTS = graphql(`
  query BinhPhuocDistrictCodes {
    administrativeUnits(parentCode: "70", structure: THREE_TIER_2024) {
      code
    }
  }
`);

describe('timeouts and the response cap', () => {
  let t: TestApp;
  const { lines, log } = capture();
  beforeAll(
    async () =>
      (t = await startTestApp(
        { databaseTimeouts: { statementTimeoutMs: 400, lockTimeoutMs: 0, idleInTransactionTimeoutMs: 10_000 }, requestTimeoutMs: 1500 },
        log,
      )),
  );
  afterAll(() => t.close());

  /** Holds an exclusive lock on regulated_entity from another connection while `work` runs. */
  async function withTableLocked<T>(app: TestApp, work: () => Promise<T>): Promise<T> {
    const c = new Client({ connectionString: (app.dataSource.options as { url: string }).url });
    await c.connect();
    await c.query('BEGIN');
    await c.query('LOCK TABLE regulated_entity IN ACCESS EXCLUSIVE MODE');
    try {
      return await work();
    } finally {
      await c.query('ROLLBACK');
      await c.end();
    }
  }

  test('every connection carries statement, lock and idle-in-transaction timeouts', async () => {
    const d = await startTestApp();
    try {
      const [row] = await d.sql(
        `SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l, current_setting('idle_in_transaction_session_timeout') AS i`,
      );
      expect(row).toEqual({ s: '5s', l: '3s', i: '10s' });
    } finally {
      await d.close();
    }
  });

  test('a statement past statement_timeout is a clear TIMEOUT error, not INTERNAL_SERVER_ERROR, logged as a warning', async () => {
    const secret = await t.key(Role.DEPARTMENT_OFFICER);
    lines.length = 0;
    const r = await withTableLocked(t, () => t.gql(`{ entities { totalCount } }`, {}, secret));
    expect(r.status).toBe(200);
    expect(r.errors).toEqual([
      {
        message: 'The database stopped this query after the statement timeout; narrow it (filters, a smaller `first`) and retry',
        locations: [{ line: 1, column: 3 }],
        path: ['entities'],
        extensions: { code: 'TIMEOUT' },
      },
    ]);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.some((l) => l.level === 40 && l.msg === 'statement timeout')).toBe(true);
  });

  test('a request unanswered after the request timeout gets 503 TIMEOUT with Retry-After', async () => {
    const slow = await startTestApp({
      databaseTimeouts: { statementTimeoutMs: 0, lockTimeoutMs: 0, idleInTransactionTimeoutMs: 0 },
      requestTimeoutMs: 1000,
    });
    try {
      const key = await slow.key(Role.DEPARTMENT_OFFICER);
      const res = await withTableLocked(slow, () =>
        slow.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${key}`)
          .send({ query: '{ entities { totalCount } }' }),
      );
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringContaining('1000 ms') });
    } finally {
      await slow.close();
    }
  });

  test('an answer over the response cap is replaced by RESPONSE_TOO_LARGE', async () => {
    const small = await startTestApp({ responseMaxBytes: 4096 });
    try {
      const big = await small.gql(`{ administrativeUnits(structure: THREE_TIER_2024, level: DISTRICT) { code fullName } }`);
      expect(big.status).toBe(200);
      expect(big.data).toBeNull();
      expect(codes(big)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(big.errors![0].extensions).toMatchObject({ maxBytes: 4096, bytes: expect.any(Number) });
      const fits = await small.gql(BINH_PHUOC_DISTRICTS);
      expect(fits.errors).toBeUndefined();
      expect(fits.data!.administrativeUnits).toHaveLength(11);
    } finally {
      await small.close();
    }
  });

  test('hostile input, limits and refusals log nothing at error level', async () => {
    lines.length = 0;
    const secret = await t.key(Role.DEPARTMENT_OFFICER);
    const probes = [
      { query: 'query($s: String) { entities(filter: {search: $s}) { totalCount } }', variables: { s: '\u0000' } },
      { query: 'subscription { viewer { role } }' },
      { query: '{ viewer { role } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      { query: `{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }` },
      { query: '{ administrativeUnits(structure: THREE_TIER_2024, level: WARD) { parent { children { code } } } }' },
      { query: '{ licenses(filter: {holderId: ""}) { totalCount } }' },
    ];
    for (const body of probes) {
      for (const auth of [null, secret]) {
        const req = t.http.post('/graphql').set('content-type', 'application/json');
        if (auth) req.set('authorization', `Bearer ${auth}`);
        const res = await req.send(body);
        expect(res.status).toBeLessThan(500);
        expect(JSON.stringify(res.body)).not.toContain('INTERNAL_SERVER_ERROR');
      }
    }
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
