import { randomUUID } from 'node:crypto';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { EntityOrderField, EntityPageQuery, EntityPageQueryVariables, OrderDirection } from './gql/graphql';
import { GraphQLResponse, startTestApp, TestApp } from './helpers/app';
import { badFields, codes, Kind, Overrides, register, RegisterInputs } from './helpers/factories';

let t: TestApp;
let dept: string;

const SEARCHABLE: [Kind, Overrides<RegisterInputs[Kind]>][] = [
  ['GAME_SERVICE_POINT', { name: 'Điểm game Hoàng Long' }],
  ['INTERNET_ACCESS_POINT', { name: 'Internet Hoang Long' }],
  ['IT_ENTERPRISE', { name: 'Công ty TNHH HOÀNG GIA', taxCode: '3809876543' }],
  ['PRINTING_ESTABLISHMENT', { name: 'Cơ sở in Đồng Xoài', taxCode: '3801111111' }],
  ['PUBLISHER', { name: 'Nhà sách Dong Xoai', taxCode: '3802222222' }],
  ['POSTAL_ENTERPRISE', { name: 'Bưu cục Long Hưng', taxCode: '3803333333' }],
  ['TELECOM_OPERATOR', { name: 'Viễn thông Sông Bé', taxCode: '0100109106-001' }],
  ['RADIO_FREQUENCY_USER', { name: 'Đài truyền thanh 100% Bình Long', taxCode: '3804444444' }],
];

/** Names for the pagination rows, with repeats so that ties (broken by id) occur. */
const MORE_NAMES = [
  'Đại lý Internet Bình Minh',
  'Đại lý Internet Bình Minh',
  'Đại lý Internet Bình Minh',
  'Điểm game Sao Mai',
  'Điểm game Ánh Dương',
  'điểm game ánh dương',
  'Điểm game Bù Đăng',
  'Điểm game Chơn Thành',
  'Điểm game Phước Long',
  'Điểm game Hớn Quản',
  'Điểm game Bù Đốp',
  'Điểm game Đồng Phú',
  'Ấp Chiến Lược Net',
  'Internet Zalo Café',
  'Quán net Ốc Đảo',
  'Quán net Út Em',
];

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  for (const [kind, overrides] of SEARCHABLE) await register(t, kind, overrides, dept);
  for (const [i, name] of MORE_NAMES.entries()) {
    await register(t, i % 2 ? 'GAME_SERVICE_POINT' : 'INTERNET_ACCESS_POINT', { name }, dept);
  }
  // Six rows imported in one statement: same created_at and updated_at, so those orders have ties too.
  await t.sql(
    `INSERT INTO regulated_entity (kind, registry_code, name, legal_form, street, unit_version, ward_code)
     SELECT 'PRINTING_ESTABLISHMENT', 'PRT-70-90000' || n, 'Cơ sở in nhập khẩu ' || n, 'ENTERPRISE', 'Số ' || n, 2024, '25195'
       FROM generate_series(1, 6) AS n`,
  );
});
afterAll(() => t.close());

const SEARCH = graphql(`
  query SearchEntities($search: String!) {
    entities(filter: { search: $search }, first: 100) {
      totalCount
      edges {
        node {
          name
          registryCode
          taxCode
        }
      }
    }
  }
`);

async function search(text: string): Promise<{ total: number; names: string[] }> {
  const r = await t.gql(SEARCH, { search: text }, dept);
  expect(r.errors).toBeUndefined();
  return { total: r.data!.entities.totalCount, names: r.data!.entities.edges.map((e: { node: { name: string } }) => e.node.name).sort() };
}

describe('search ignores diacritics and case', () => {
  test.each([
    ['hoang long', ['Internet Hoang Long', 'Điểm game Hoàng Long']],
    ['Hoàng Long', ['Internet Hoang Long', 'Điểm game Hoàng Long']],
    ['HOÀNG', ['Công ty TNHH HOÀNG GIA', 'Internet Hoang Long', 'Điểm game Hoàng Long']],
    ['hoàng gia', ['Công ty TNHH HOÀNG GIA']],
    ['long hoang', ['Internet Hoang Long', 'Điểm game Hoàng Long']],
    ['dong xoai', ['Cơ sở in Đồng Xoài', 'Nhà sách Dong Xoai']],
    ['ĐỒNG XOÀI', ['Cơ sở in Đồng Xoài', 'Nhà sách Dong Xoai']],
    ['  đồng   xoài  ', ['Cơ sở in Đồng Xoài', 'Nhà sách Dong Xoai']],
    ['song be', ['Viễn thông Sông Bé']],
    ['ánh dương', ['Điểm game Ánh Dương', 'điểm game ánh dương']],
    ['100%', ['Đài truyền thanh 100% Bình Long']],
    ['%', ['Đài truyền thanh 100% Bình Long']],
    ['_', []],
    ['Hoàng Long Sông Bé', []],
  ])('"%s"', async (text, expected) => {
    expect(await search(text)).toEqual({ total: expected.length, names: expected });
  });

  test('finds a registry code, in any case, and a whole kind by its prefix', async () => {
    const [{ registry_code }] = await t.sql<{ registry_code: string }>(
      `SELECT registry_code FROM regulated_entity WHERE name = 'Điểm game Hoàng Long'`,
    );
    expect(registry_code).toBe('GSP-75-000001');
    expect(await search('GSP-75-000001')).toEqual({ total: 1, names: ['Điểm game Hoàng Long'] });
    expect(await search('gsp-75-000001')).toEqual({ total: 1, names: ['Điểm game Hoàng Long'] });
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM regulated_entity WHERE kind = 'GAME_SERVICE_POINT'`);
    expect((await search('GSP-75')).total).toBe(n);
  });

  test('finds a tax code, whole or in part, and a branch code with its suffix', async () => {
    expect(await search('3809876543')).toEqual({ total: 1, names: ['Công ty TNHH HOÀNG GIA'] });
    expect(await search('380987')).toEqual({ total: 1, names: ['Công ty TNHH HOÀNG GIA'] });
    expect(await search('0100109106-001')).toEqual({ total: 1, names: ['Viễn thông Sông Bé'] });
  });

  test('an empty search text is refused (fields are named within the argument)', async () => {
    expect(badFields(await t.gql(SEARCH, { search: '' }, dept))).toEqual(['search']);
  });
});

type Field = EntityOrderField;
type Direction = OrderDirection;

const PAGE = graphql(`
  query EntityPage($orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {
    entities(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          registryCode
        }
      }
    }
  }
`);

type Page = EntityPageQuery['entities'];

async function page(vars: EntityPageQueryVariables): Promise<Page> {
  const r = await t.gql(PAGE, vars, dept);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.entities;
}

const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
const SORT_SQL: Record<Field, string> = {
  NAME: 'name_sort',
  REGISTRY_CODE: 'registry_code',
  CREATED_AT: 'created_at',
  UPDATED_AT: 'updated_at',
};

/** Every ACTIVE row in the order the API promises: the key (names without case or diacritics), then id. */
async function orderedIds(field: Field, direction: Direction): Promise<string[]> {
  const rows = await t.sql<{ id: string }>(
    `SELECT id FROM regulated_entity WHERE status = 'ACTIVE' ORDER BY ${SORT_SQL[field]} ${direction}, id ${direction}`,
  );
  return rows.map((r) => r.id);
}

const activeCount = async () =>
  (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM regulated_entity WHERE status = 'ACTIVE'`))[0].n;

let inserted = 0;
/**
 * Inserts, while a client is between pages, one row sorting before the cursor row, one after it and (where
 * the key can repeat) one with the very same key, and says which of them lie ahead of the cursor.
 */
async function insertAround(field: Field, direction: Direction, cursorId: string): Promise<{ ahead: string[]; behind: string[] }> {
  const [c] = await t.sql(`SELECT name, registry_code FROM regulated_entity WHERE id = $1`, [cursorId]);
  const code = c.registry_code as string;
  // In byte order '!' sorts below every digit: GSP-70-00001!7 lies just below GSP-70-000010, GSP-70-000010a7 just above.
  const lower = { name: (c.name as string).slice(0, -1), code: `${code.slice(0, -1)}!${inserted}`, shift: '-1 microsecond' };
  const higher = { name: `${c.name as string} b`, code: `${code}a${inserted}`, shift: '1 microsecond' };
  const variants = field === 'REGISTRY_CODE' ? [lower, higher] : [lower, higher, { name: c.name as string, code: null, shift: '0' }];
  const ids: string[] = [];
  for (const v of variants) {
    inserted += 1;
    const id = randomUUID();
    const registryCode = field === 'REGISTRY_CODE' ? v.code : `WLK-70-${String(inserted).padStart(6, '0')}`;
    const name = field === 'NAME' ? v.name : `Chèn giữa chừng ${inserted}`;
    const createdShift = field === 'CREATED_AT' ? v.shift : '0';
    const updatedShift = field === 'UPDATED_AT' ? v.shift : '0';
    await t.sql(
      `INSERT INTO regulated_entity (id, kind, registry_code, name, legal_form, street, unit_version, ward_code, notes, created_at, updated_at)
       SELECT $1, 'GAME_SERVICE_POINT', $2, $3, 'HOUSEHOLD_BUSINESS', 'Chèn', 2024, '25195', 'inserted during a walk',
              c.created_at + $5::interval, c.updated_at + $6::interval
         FROM regulated_entity c WHERE c.id = $4`,
      [id, registryCode, name, cursorId, createdShift, updatedShift],
    );
    ids.push(id);
  }
  // Ahead of the cursor = after it in the requested order (the row's key and id compared with the cursor's).
  const op = direction === 'ASC' ? '>' : '<';
  const rows = await t.sql<{ id: string; ahead: boolean }>(
    `SELECT e.id, (e.${SORT_SQL[field]}, e.id) ${op} (c.${SORT_SQL[field]}, c.id) AS ahead
       FROM regulated_entity e, regulated_entity c WHERE c.id = $1 AND e.id = ANY($2::uuid[])`,
    [cursorId, ids],
  );
  const ahead = rows.filter((r) => r.ahead).map((r) => r.id);
  const behind = rows.filter((r) => !r.ahead).map((r) => r.id);
  // The lower and higher rows must land on both sides of the cursor, or the walk tests nothing.
  expect(behind).toContain(ids[direction === 'ASC' ? 0 : 1]);
  expect(ahead).toContain(ids[direction === 'ASC' ? 1 : 0]);
  return { ahead, behind };
}

describe('keyset pagination', () => {
  const ORDERS: [Field, Direction][] = (['NAME', 'REGISTRY_CODE', 'CREATED_AT', 'UPDATED_AT'] as Field[]).flatMap((f) =>
    (['ASC', 'DESC'] as Direction[]).map((d): [Field, Direction] => [f, d]),
  );

  afterEach(async () => {
    await t.sql(`DELETE FROM regulated_entity WHERE notes = 'inserted during a walk'`);
  });

  test.each(ORDERS)('%s %s: pages of 7 neither skip nor repeat while rows are inserted between requests', async (field, direction) => {
    const orderBy = { field, direction };
    const atStart = await orderedIds(field, direction);
    expect(atStart.length).toBeGreaterThanOrEqual(30);

    const seen: string[] = [];
    const behind: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const p = await page({ orderBy, first: 7, after });
      pages += 1;
      expect(p.totalCount).toBe(await activeCount());
      expect(p.edges.length).toBeLessThanOrEqual(7);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1]?.cursor ?? null);
      seen.push(...p.edges.map((e) => uuidOf(e.node.id)));
      if (!p.pageInfo.hasNextPage) break;
      expect(p.edges).toHaveLength(7);
      const around = await insertAround(field, direction, seen[seen.length - 1]);
      behind.push(...around.behind);
      after = p.pageInfo.endCursor;
      expect(pages).toBeLessThan(30);
    }

    expect(new Set(seen).size).toBe(seen.length);
    for (const id of atStart) expect(seen).toContain(id);
    for (const id of behind) expect(seen).not.toContain(id);
    // Exactly every row now in the registry, in order, except those inserted behind the cursor.
    expect(seen).toEqual((await orderedIds(field, direction)).filter((id) => !behind.includes(id)));
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  test.each([
    ['NAME', 'ASC'],
    ['CREATED_AT', 'DESC'],
    ['REGISTRY_CODE', 'ASC'],
  ] as [Field, Direction][])('%s %s: last/before walks back through the same list', async (field, direction) => {
    const orderBy = { field, direction };
    const forward = (await page({ orderBy, first: 100 })).edges.map((e) => e.node.id);
    const back: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const p = await page({ orderBy, last: 7, before });
      expect(p.totalCount).toBe(forward.length);
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      back.unshift(p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasPreviousPage) break;
      expect(p.edges).toHaveLength(7);
      before = p.pageInfo.startCursor;
    }
    expect(back.flat()).toEqual(forward);
  });

  test('first and after with before: the rows strictly between two cursors', async () => {
    const all = await page({ first: 100 });
    const from = all.edges[3].cursor;
    const to = all.edges[9].cursor;
    const between = await page({ first: 100, after: from, before: to });
    expect(between.edges.map((e) => e.node.id)).toEqual(all.edges.slice(4, 9).map((e) => e.node.id));
  });

  test('first defaults to 20, 0 gives an empty page, and totalCount is always the whole count', async () => {
    const total = await activeCount();
    const def = await page({});
    expect(def.edges).toHaveLength(20);
    expect(def.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(def.totalCount).toBe(total);
    const none = await page({ first: 0 });
    expect(none).toEqual({
      totalCount: total,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
    const max = await page({ first: 100 });
    expect(max.edges).toHaveLength(total);
    expect(max.pageInfo.hasNextPage).toBe(false);
  });

  const refused = (r: GraphQLResponse<unknown>) => ({
    code: codes(r),
    fields: (r.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field),
  });

  test.each<[string, EntityPageQueryVariables, string]>([
    ['first: 101', { first: 101 }, 'first'],
    ['first: -1', { first: -1 }, 'first'],
    ['last: 101', { last: 101 }, 'last'],
    ['first and last together', { first: 5, last: 5 }, 'last'],
    ['a garbage after cursor', { after: 'garbage!' }, 'after'],
    ['a garbage before cursor', { before: 'bm90IGEgY3Vyc29y' }, 'before'],
    [
      'a cursor with an id that is no uuid',
      { after: Buffer.from(JSON.stringify(['name', 'a', 'no-uuid'])).toString('base64url') },
      'after',
    ],
    [
      'a cursor with a date that is none',
      {
        orderBy: { field: 'CREATED_AT' },
        after: Buffer.from(JSON.stringify(['created', 'yesterday-ish', randomUUID()])).toString('base64url'),
      },
      'after',
    ],
  ])('%s is BAD_USER_INPUT on its argument', async (_what, vars, field) => {
    const r = await t.gql(PAGE, vars, dept);
    expect(r.status).toBe(200);
    expect(refused(r)).toEqual({ code: ['BAD_USER_INPUT'], fields: [field] });
  });

  test('a cursor of one order is refused in another order', async () => {
    const byName = await page({ first: 3 });
    const r = await t.gql(PAGE, { orderBy: { field: 'REGISTRY_CODE' }, after: byName.pageInfo.endCursor }, dept);
    expect(refused(r)).toEqual({ code: ['BAD_USER_INPUT'], fields: ['after'] });
  });
});
