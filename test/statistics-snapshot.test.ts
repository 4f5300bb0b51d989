import { Role } from '../src/auth/roles';
import { startTestApp, TestApp } from './helpers/app';
import { codes } from './helpers/factories';
import { addDays, Lic, LicenseKit, today } from './helpers/licenses';
import { EXPIRING, recountEntities, recountExpiring, recountLicenses, STATISTICS, tally } from './helpers/statistics';

/**
 * The figures of one `statistics` request are read in one SQL statement, so in one snapshot, and answers are kept in
 * memory by that snapshot (src/statistics/statistics.batch.ts): a request whose snapshot is the same as an earlier
 * one's gets the earlier answer, any committed write changes the snapshot. Whole answers of `statistics` operations are
 * kept too, as the bytes sent, by operation, variables, viewer, date and the data's version
 * (src/statistics/statistics.response-cache.ts). What a user sees: a write — through the API or straight into the
 * tables — shows in the very next request; the answers with and without the cache are the same, and each viewer gets
 * its own; figures of one request agree with each other even while writers commit.
 */

let t: TestApp;
let dept: string;
let kit: LicenseKit;
const TODAY = today();

beforeAll(async () => {
  t = await startTestApp({
    databaseTimeouts: { statementTimeoutMs: 60_000, lockTimeoutMs: 60_000, idleInTransactionTimeoutMs: 60_000 },
  });
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  kit = new LicenseKit(t, dept);
});
afterAll(() => t.close());

const expiring = async () => {
  const r = await t.gql(EXPIRING, { asOf: TODAY, withinDays: [30], groupBy: [], first: 100, days: 30 }, dept);
  expect(r.errors).toBeUndefined();
  const s = r.data!.statistics;
  return { count: s.expiringLicenseCounts[0].count, total: s.expiringLicenses.totalCount, listed: s.expiringLicenses.edges.length };
};

const byStatus = async () => {
  const r = await t.gql(
    STATISTICS,
    { entityGroupBy: ['KIND', 'STATUS'], unitLevel: 'COMMUNE', entityStatuses: ['ACTIVE', 'DEREGISTERED'], licenseGroupBy: ['STATUS'] },
    dept,
  );
  expect(r.errors).toBeUndefined();
  const s = r.data!.statistics;
  return {
    entities: tally(
      s.entityCounts,
      (b) => [b.kind, b.status],
      (b) => b.count,
    ),
    licences: tally(
      s.licenseCounts,
      (b) => [b.status],
      (b) => b.count,
    ),
  };
};

const recounted = async () => ({
  entities: tally(
    (await recountEntities(t, 'PROVINCE')).filter((x) => x.status === 'ACTIVE' || x.status === 'DEREGISTERED'),
    (x) => [x.kind, x.status],
    (x) => x.n,
  ),
  licences: tally(
    await recountLicenses(t, TODAY, 'PROVINCE'),
    (x) => [x.status],
    (x) => x.n,
  ),
});

test('a write shows in the very next statistics request, whether it went through the API or straight into the tables', async () => {
  const before = await expiring();
  // Asked again with no write between: the same answer (the second is the kept one).
  expect(await expiring()).toEqual(before);
  expect(before.count).toBe((await recountExpiring(t, TODAY, 30)).length);

  let lic: Lic = await kit.issue((await kit.gamePoint()).id, { on: addDays(TODAY, -20), expiresOn: addDays(TODAY, 10) });
  const issued = await expiring();
  expect(issued.count).toBe(before.count + 1);
  expect(issued).toEqual({ count: before.count + 1, total: before.count + 1, listed: Math.min(100, before.count + 1) });
  expect(issued.count).toBe((await recountExpiring(t, TODAY, 30)).length);

  const statusesBefore = await byStatus();
  expect(statusesBefore).toEqual(await recounted());
  lic = await kit.step('revoke', lic, TODAY);
  expect(lic.status).toBe('REVOKED');
  const revoked = await byStatus();
  expect(revoked.licences.REVOKED).toBe((statusesBefore.licences.REVOKED ?? 0) + 1);
  expect(revoked).toEqual(await recounted());
  expect((await expiring()).count).toBe(before.count);

  // Straight into the table, as a correction by hand would be: the rollups change in the same transaction, the next
  // request sees them.
  const holder = await kit.gamePoint();
  await t.sql(`UPDATE regulated_entity SET status = 'DEREGISTERED', deregistered_on = $2 WHERE id = $1`, [holder.uuid, TODAY]);
  const deregistered = await byStatus();
  expect(deregistered.entities['GAME_SERVICE_POINT|DEREGISTERED']).toBe((revoked.entities['GAME_SERVICE_POINT|DEREGISTERED'] ?? 0) + 1);
  expect(deregistered).toEqual(await recounted());
}, 120_000);

test('answers kept in memory are the answers computed afresh (STATISTICS_CACHE=off)', async () => {
  const ask = async () => ({ expiring: await expiring(), statuses: await byStatus() });
  const kept = await ask();
  expect(await ask()).toEqual(kept);
  const was = process.env.STATISTICS_CACHE;
  process.env.STATISTICS_CACHE = 'off';
  try {
    expect(await ask()).toEqual(kept);
  } finally {
    if (was === undefined) delete process.env.STATISTICS_CACHE;
    else process.env.STATISTICS_CACHE = was;
  }
}, 60_000);

test('an answer kept for an officer is not given to the public nor to an unknown key asking the same operation', async () => {
  const query = `query Dashboard { statistics { entityCounts(groupBy: [KIND]) { kind count } } }`;
  const officer = await t.gql(query, {}, dept);
  expect(officer.errors).toBeUndefined();
  expect(await t.gql(query, {}, dept)).toEqual(officer);
  expect(codes(await t.gql(query, {}, null))).toEqual(['UNAUTHENTICATED']);
  const unknown = await t.http.post('/graphql').set('authorization', 'Bearer ictr_not-a-key').send({ query });
  expect([unknown.status, unknown.body.errors?.[0]?.extensions?.code, unknown.body.data ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);
});

test('the figures of one request agree with each other while 12 writers issue licences at the same time', async () => {
  const holders = await Promise.all(Array.from({ length: 12 }, () => kit.gamePoint()));
  let writing = true;
  const writers = Promise.all(
    holders.map((h, i) => kit.issue(h.id, { on: addDays(TODAY, -5), expiresOn: addDays(TODAY, 1 + i) }).then((l) => l.status)),
  ).finally(() => (writing = false));
  const seen: { count: number; total: number }[] = [];
  while (writing || seen.length < 3) {
    const { count, total } = await expiring();
    // The count of the rollups and the count of the licence rows, read by the same statement.
    seen.push({ count, total });
  }
  expect(await writers).toEqual(holders.map(() => 'ACTIVE'));
  for (const s of seen) expect(s.count).toBe(s.total);
  const last = await expiring();
  expect(last.count).toBe((await recountExpiring(t, TODAY, 30)).length);
  expect(last.total).toBe(last.count);
}, 120_000);

test("a kept whole answer is never another viewer's, and a renamed holder shows in the very next request", async () => {
  const lic = await kit.issue((await kit.gamePoint()).id, { on: addDays(TODAY, -3), expiresOn: addDays(TODAY, 2) });
  const vars = { asOf: TODAY, withinDays: [30], groupBy: [], first: 100, days: 30 };
  const names = async (secret: string) => {
    const r = await t.gql(EXPIRING, vars, secret);
    expect(r.errors).toBeUndefined();
    return new Map(r.data!.statistics.expiringLicenses.edges.map((e) => [e.node.license.id, e.node.license.holder.name]));
  };
  const before = await names(dept);
  expect(before.has(lic.id)).toBe(true);
  expect(await names(dept)).toEqual(before);
  // The same operation and variables from offices of two communes: the licence's commune (kit's game points are in
  // Phường Đồng Xoài, 25210) sees it, the other does not — and the Department's kept answer is neither's.
  const own = await names(await t.key(Role.LOCAL_OFFICER, '25210'));
  const other = await names(await t.key(Role.LOCAL_OFFICER, '25195'));
  expect(own.has(lic.id)).toBe(true);
  expect(other.has(lic.id)).toBe(false);
  expect(own.size).toBeLessThanOrEqual(before.size);
  // A holder renamed straight in the table (no rollup changes): the next request shows the new name.
  await t.sql(`UPDATE regulated_entity SET name = name || ' (đổi tên)' WHERE id = (SELECT holder_id FROM license WHERE number = $1)`, [
    lic.number,
  ]);
  const after = await names(dept);
  expect(after.get(lic.id)).toBe(`${before.get(lic.id)} (đổi tên)`);
}, 60_000);
