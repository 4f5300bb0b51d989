import fc from 'fast-check';
import { seedDemoEntities } from '../seeds/demo';
import { seedDemoLicenses } from '../seeds/demo-licenses';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { EntityKind, EntityStatus, LicenseStatus, LicenseType } from './gql/graphql';
import { startTestApp, TestApp } from './helpers/app';
import { codes, badFields } from './helpers/factories';
import { addDays, today } from './helpers/licenses';
import { EXPIRING, GAME_POINT_LISTS, recountExpiring, STATISTICS, STEPS, tally } from './helpers/statistics';

/**
 * `statistics` is scoped exactly like `entities`: a local office's figures are the counts of what it can list, a unit
 * outside the caller's jurisdiction is NOT_FOUND, PUBLIC sees the public game-point lists and nothing else, and bad
 * input is a clear client error.
 */

let t: TestApp;
let dept: string;
let district: string;
let commune: string;
const TODAY = today();

beforeAll(async () => {
  t = await startTestApp();
  await t.dataSource.transaction(async (m) => {
    await seedDemoEntities(m, { provinceCode: '75' });
    await seedDemoLicenses(m);
  });
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  district = await t.key(Role.LOCAL_OFFICER, '689');
  commune = await t.key(Role.LOCAL_OFFICER, '25210');
});
afterAll(() => t.close());

const ENTITY_TOTAL = graphql(`
  query ScopeEntityTotal($filter: EntityFilter) {
    entities(filter: $filter) {
      totalCount
    }
  }
`);
const LICENSE_TOTAL = graphql(`
  query ScopeLicenseTotal($filter: LicenseFilter) {
    licenses(filter: $filter) {
      totalCount
    }
  }
`);

const entityTotal = async (secret: string, filter: { kinds?: EntityKind[]; statuses?: EntityStatus[] }) => {
  const r = await t.gql(ENTITY_TOTAL, { filter }, secret);
  expect(r.errors).toBeUndefined();
  return r.data!.entities.totalCount;
};
const licenseTotal = async (secret: string, filter: { types: LicenseType[]; statuses: LicenseStatus[]; statusOn: string }) => {
  const r = await t.gql(LICENSE_TOTAL, { filter }, secret);
  expect(r.errors).toBeUndefined();
  return r.data!.licenses.totalCount;
};

const figures = async (secret: string, unitCode?: string, asOf = TODAY) => {
  const r = await t.gql(
    STATISTICS,
    {
      filter: unitCode ? { unitCode } : null,
      entityGroupBy: ['KIND', 'STATUS'],
      unitLevel: 'COMMUNE',
      entityStatuses: ['ACTIVE', 'DEREGISTERED'],
      asOf,
      licenseGroupBy: ['LICENSE_TYPE', 'STATUS'],
    },
    secret,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.statistics;
};

describe.each([
  ['a district office (689, 2024)', () => district, 'DISTRICT', '689'],
  ['a commune office (25210, 2025)', () => commune, 'COMMUNE', '25210'],
  ['the Department', () => dept, 'PROVINCE', '75'],
])('%s', (_who, secretOf, level, code) => {
  test('its entity counts are the totals of the entities it can list, by kind and by status', async () => {
    const s = await figures(secretOf());
    expect([s.unitLevel, s.unitCode]).toEqual([level, code]);
    const byKind = tally(
      s.entityCounts,
      (b) => [b.kind],
      (b) => (b.status === 'ACTIVE' ? b.count : 0),
    );
    const kinds = [...new Set(s.entityCounts.map((b) => b.kind!))];
    expect(kinds.length).toBeGreaterThan(1);
    for (const kind of kinds) expect([kind, byKind[kind] ?? 0]).toEqual([kind, await entityTotal(secretOf(), { kinds: [kind] })]);
    for (const status of ['ACTIVE', 'DEREGISTERED'] as const) {
      const n = s.entityCounts.filter((b) => b.status === status).reduce((a, b) => a + b.count, 0);
      expect([status, n]).toEqual([status, await entityTotal(secretOf(), { statuses: [status] })]);
    }
  });

  test('its licence counts by type and status are the totals of the licences it can list, today and a year ago', async () => {
    for (const asOf of [TODAY, addDays(TODAY, -365)]) {
      const s = await figures(secretOf(), undefined, asOf);
      expect(s.licenseCounts.length).toBeGreaterThan(1);
      for (const b of s.licenseCounts) {
        expect([b.licenseType, b.status, b.count]).toEqual([
          b.licenseType,
          b.status,
          await licenseTotal(secretOf(), { types: [b.licenseType!], statuses: [b.status!], statusOn: asOf }),
        ]);
      }
      const listed = await licenseTotal(secretOf(), {
        types: [...new Set(s.licenseCounts.map((b) => b.licenseType!))],
        statuses: ['ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'SURRENDERED'],
        statusOn: asOf,
      });
      expect(s.licenseCounts.reduce((a, b) => a + b.count, 0)).toBe(listed);
    }
  });
});

const SCOPE_SQL: Record<string, string> = {
  DISTRICT: `e.district_code = '689'`,
  COMMUNE: `e.commune_code_2025 = '25210'`,
  PROVINCE: 'TRUE',
};

describe.each([
  ['a district office (689, 2024)', () => district, 'DISTRICT', null],
  ['a commune office (25210, 2025)', () => commune, 'COMMUNE', null],
  ['the Department', () => dept, 'PROVINCE', null],
  ['the Department, game points only', () => dept, 'PROVINCE', 'GAME_SERVICE_POINT'],
] as const)('%s', (_who, secretOf, level, kind) => {
  test('its expiring list is the licences in force it can list that expire within the days, soonest first, page by page', async () => {
    const where = `${SCOPE_SQL[level]}${kind ? ` AND e.kind = '${kind}'` : ''}`;
    for (const asOf of [TODAY, addDays(TODAY, -365)]) {
      const expected = (await recountExpiring(t, asOf, 1000, where)).map((x) => [x.expires, x.id]);
      // The demo's commune 25210 may have none on a date; the larger scopes always have some.
      if (level !== 'COMMUNE') expect(expected.length).toBeGreaterThan(0);
      const seen: string[][] = [];
      const pageAfter = (after: string | null) =>
        t.gql(
          EXPIRING,
          { filter: kind ? { kinds: [kind] } : null, asOf, withinDays: [1000], groupBy: [], first: 7, after, days: 1000 },
          secretOf(),
        );
      let after: string | null = null;
      for (;;) {
        const r = await pageAfter(after);
        expect(r.errors).toBeUndefined();
        const page = r.data!.statistics.expiringLicenses;
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.edges.map((e) => [e.node.expiresOn, Buffer.from(e.node.license.id, 'base64url').toString('utf8').split(':')[1]]));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect([asOf, seen]).toEqual([asOf, expected]);
    }
  });
});

test('the Department asking for a unit gets exactly that local office’s figures', async () => {
  const strip = (s: Awaited<ReturnType<typeof figures>>) => ({ e: s.entityCounts, l: s.licenseCounts });
  expect(strip(await figures(dept, '689'))).toEqual(strip(await figures(district)));
  expect(strip(await figures(dept, '25210'))).toEqual(strip(await figures(commune)));
  // A local office naming its own unit changes nothing.
  expect(strip(await figures(district, '689'))).toEqual(strip(await figures(district)));
});

test('a unit outside the caller’s jurisdiction is NOT_FOUND, exactly as an unknown one', async () => {
  for (const [secret, unitCode] of [
    [district, '690'],
    [district, '25210'],
    [district, '75'],
    [commune, '689'],
    [commune, '25195'],
    [dept, '99999'],
    [dept, '001'],
    [dept, '70'],
    [dept, 'abc'],
  ] as const) {
    const r = await t.gql(STATISTICS, { filter: { unitCode }, entityGroupBy: [], unitLevel: 'COMMUNE', licenseGroupBy: [] }, secret);
    expect([unitCode, codes(r)]).toEqual([unitCode, ['NOT_FOUND']]);
    expect(r.data?.statistics ?? null).toBeNull();
  }
});

test('a district office’s licence figures are told by district only; its entities by any unit', async () => {
  const r = await t.gql(
    STATISTICS,
    { entityGroupBy: ['UNIT'], unitLevel: 'COMMUNE', licenseGroupBy: ['UNIT'], licenseUnitLevel: 'COMMUNE' },
    district,
  );
  expect(badFields(r)).toEqual(['unitLevel']);
  const ok = await t.gql(
    STATISTICS,
    { entityGroupBy: ['UNIT'], unitLevel: 'COMMUNE', licenseGroupBy: ['UNIT'], licenseUnitLevel: 'DISTRICT' },
    district,
  );
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.statistics.licenseCounts.map((b) => b.unitCode)).toEqual(['689']);
  // Entities of district 689 by their 2025 commune: every one counted, the total is the district's.
  const total = ok.data!.statistics.entityCounts.reduce((a, b) => a + b.count, 0);
  expect(total).toBe(await entityTotal(district, {}));
  expect(ok.data!.statistics.entityCounts.length).toBeGreaterThan(1);
});

describe('PUBLIC', () => {
  test('sees the public game-point lists, equal to the certificates in force and revoked on each date', async () => {
    for (const asOf of [TODAY, addDays(TODAY, -400), '2023-01-01']) {
      for (const groupByUnit of [false, true]) {
        const r = await t.gql(GAME_POINT_LISTS, { asOf, groupByUnit, unitLevel: 'DISTRICT' }, null);
        expect(r.errors).toBeUndefined();
        const [expected] = await t.sql<{ licensed: number; revoked: number }>(
          `SELECT count(*) FILTER (WHERE license_status_on(id, $1) IN ('ACTIVE', 'SUSPENDED'))::int AS licensed,
                  count(*) FILTER (WHERE license_status_on(id, $1) = 'REVOKED')::int AS revoked
             FROM license WHERE license_type = 'GAME_POINT_CERTIFICATE'`,
          [asOf],
        );
        const lists = tally(
          r.data!.statistics.gamePointLists,
          (b) => [b.list],
          (b) => b.count,
        );
        expect({ asOf, lists }).toEqual({
          asOf,
          lists: tally(
            [
              { list: 'LICENSED', n: expected.licensed },
              { list: 'REVOKED', n: expected.revoked },
            ],
            (x) => [x.list],
            (x) => x.n,
          ),
        });
        if (groupByUnit) expect(r.data!.statistics.gamePointLists.every((b) => b.unitCode || b.unmapped)).toBe(true);
      }
    }
  });

  test('asking for anything else is UNAUTHENTICATED, and a bucket holds nothing but the list, the unit and the count', async () => {
    for (const field of [
      'entityCounts { count }',
      'licenseCounts { count }',
      'licenseSteps { count }',
      'expiringLicenseCounts { count }',
      'expiringLicenses { totalCount }',
    ]) {
      const r = await t.gql(`{ statistics { ${field} } }`, {}, null);
      expect([field, codes(r)]).toEqual([field, ['UNAUTHENTICATED']]);
    }
    const type = await t.gql(`{ __type(name: "GamePointListBucket") { fields { name } } }`, {}, null);
    expect((type.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name).sort()).toEqual([
      'count',
      'list',
      'unitCode',
      'unitName',
      'unmapped',
    ]);
  });
});

describe('bad input', () => {
  const steps = (secret: string, v: { from: string; to: string; groupBy?: string[] }) =>
    t.gql(STEPS, { interval: 'MONTH', groupBy: ['STEP'], ...v } as never, secret);

  test('an unknown group is refused before anything runs', async () => {
    const literal = await t.gql(`{ statistics { entityCounts(groupBy: [COLOUR]) { count } } }`, {}, dept);
    expect(codes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const variable = await steps(dept, { from: '2025-01-01', to: '2025-12-31', groupBy: ['STEP', 'COLOUR'] });
    expect(codes(variable)).toEqual(['BAD_USER_INPUT']);
    const twice = await steps(dept, { from: '2025-01-01', to: '2025-12-31', groupBy: ['STEP', 'STEP'] });
    expect(badFields(twice)).toEqual(['groupBy']);
  });

  test('from after to, and a period over 10 years, are BAD_USER_INPUT on the field', async () => {
    expect(badFields(await steps(dept, { from: '2025-02-01', to: '2025-01-31' }))).toEqual(['from']);
    expect(badFields(await steps(dept, { from: '2015-01-01', to: '2025-01-01' }))).toEqual(['to']);
    const tenYears = await steps(dept, { from: '2015-01-01', to: '2024-12-31' });
    expect(tenYears.errors).toBeUndefined();
  });

  test('impossible days and dates are BAD_USER_INPUT', async () => {
    const within = await t.gql(`{ statistics { expiringLicenseCounts(withinDays: [30, -1]) { count } } }`, {}, dept);
    expect(badFields(within)).toEqual(['withinDays']);
    const far = await t.gql(`{ statistics { licenseCounts(asOf: "1000-01-01") { count } } }`, {}, dept);
    expect(badFields(far)).toEqual(['asOf']);
  });

  test('hostile values in every argument of every statistics field: answered or refused as a client error, never a 500', async () => {
    const date = fc.oneof(fc.constantFrom('2025-07-01', '1900-01-01', '2199-12-31', '0001-01-01', '2025-02-30', ''), fc.string());
    const ints = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 3660, 3661, 2147483647));
    const enumList = (values: string[]) => fc.array(fc.oneof(fc.constantFrom(...values), fc.string()), { maxLength: 5 });
    const query = `query H($f: StatisticsFilter, $a: LocalDate, $b: LocalDate, $i: StatisticsInterval!, $g: [LicenseStepDimension!]!,
        $cg: [LicenseCountDimension!]!, $eg: [EntityCountDimension!]!, $l: StatisticsUnitLevel, $w: [Int!]!, $n: Int!, $first: Int) {
      statistics(filter: $f) { unitCode
        entityCounts(groupBy: $eg) { count unitName }
        licenseCounts(asOf: $a, groupBy: $cg, unitLevel: $l) { count }
        licenseSteps(from: $a, to: $b, interval: $i, groupBy: $g, unitLevel: $l) { period count }
        expiringLicenseCounts(asOf: $b, withinDays: $w, groupBy: $cg, unitLevel: $l) { count }
        expiringLicenses(asOf: $a, withinDays: $n, first: $first) { totalCount edges { node { daysLeft } } }
        gamePointLists(asOf: $b, groupByUnit: true) { count } } }`;
    const vars = fc.record({
      f: fc.option(
        fc.record({ unitCode: fc.option(fc.oneof(fc.constantFrom('689', '25210', '75', '70', ''), fc.string()), { nil: null }) }),
        { nil: null },
      ),
      a: fc.option(date, { nil: null }),
      b: fc.option(date, { nil: null }),
      i: fc.oneof(fc.constantFrom('WEEK', 'MONTH', 'YEAR'), fc.string()),
      g: enumList(['STEP', 'GROUND', 'KIND', 'LICENSE_TYPE', 'UNIT']),
      cg: enumList(['KIND', 'LICENSE_TYPE', 'STATUS', 'UNIT']),
      eg: enumList(['KIND', 'STATUS', 'UNIT']),
      l: fc.option(fc.constantFrom('PROVINCE', 'DISTRICT', 'COMMUNE'), { nil: null }),
      w: fc.array(ints, { maxLength: 12 }),
      n: ints,
      first: fc.option(ints, { nil: null }),
    });
    for (const secret of [dept, district, null]) {
      await fc.assert(
        fc.asyncProperty(vars, async (v) => {
          const res = await t.http
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('authorization', secret ? `Bearer ${secret}` : '')
            .send({ query, variables: v });
          const context = `${JSON.stringify(v)} -> ${res.status} ${res.text.slice(0, 400)}`;
          if (res.status >= 500 || res.text.includes('INTERNAL_SERVER_ERROR')) throw new Error(context);
        }),
        { numRuns: 25 },
      );
    }
  }, 120_000);
});
