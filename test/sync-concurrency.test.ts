import { Client } from 'pg';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import type { FeedPageQuery } from './gql/graphql';
import { GraphQLResponse, startTestApp, TestApp } from './helpers/app';
import { KINDS, register, tryRegister } from './helpers/factories';
import { LicenseKit, today, uuidOf } from './helpers/licenses';
import { Change, FEED_PAGE, followUntil } from './helpers/sync';

/**
 * The feed under concurrent writers whose commits are deliberately delayed (pg_sleep inside the writing transaction,
 * some of it at COMMIT), so that transactions commit out of the order they started in: a consumer paging all along
 * ends with exactly the database's changes, none missing and none twice.
 */
let t: TestApp;
let dept: string;
let ministry: string;
const sleepers: Client[] = [];

const UPDATE = graphql(`
  mutation ConcurrentUpdate($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      entity {
        id
        version
      }
    }
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  ministry = await t.key(Role.MINISTRY_SYSTEM);
  // Test-only: a registration whose name says "(chậm)" sleeps at COMMIT, after its rows and its change are written.
  await t.sql(`CREATE FUNCTION test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN PERFORM pg_sleep(1 + random()); RETURN NULL; END $$`);
  await t.sql(`CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT ON regulated_entity DEFERRABLE INITIALLY DEFERRED
                 FOR EACH ROW WHEN (NEW.name LIKE '%(chậm)%') EXECUTE FUNCTION test_slow_commit()`);
});
afterAll(async () => {
  for (const c of sleepers) await c.end().catch(() => undefined);
  await t.close();
});

/** A raw transaction of another client: it takes its transaction id first, sleeps, then commits (or not). */
async function slowUpdate(id: string, sleepSeconds: number, commit: boolean): Promise<void> {
  const c = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
  sleepers.push(c);
  await c.connect();
  await c.query('BEGIN');
  await c.query(`UPDATE regulated_entity SET notes = $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1`, [
    id,
    `cập nhật chậm ${sleepSeconds}s`,
  ]);
  await c.query('SELECT pg_sleep($1)', [sleepSeconds]);
  await c.query(commit ? 'COMMIT' : 'ROLLBACK');
  await c.end();
}

const key = (kind: string, id: string, event: string | null) => `${kind} ${id} ${event ?? ''}`;
const changeKey = (c: Change) =>
  key(c.kind, uuidOf(c.objectId), (c.records.find((r) => r.file === 'LICENSE_EVENTS')?.record.id as string | undefined) ?? null);
const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

test('22 concurrent writers, commits delayed out of order: the consumer gets every change once', async () => {
  const kit = new LicenseKit(t, dept);
  // Entities the raw transactions update, and game points the licence writers work on (before the consumer starts).
  const targets = [];
  for (let i = 0; i < 8; i++) targets.push(await register(t, 'IT_ENTERPRISE', { name: `Công ty mục tiêu ${i}` }, dept));
  const holders = [];
  for (let i = 0; i < 6; i++) holders.push(await kit.gamePoint());
  // Entities only the API updates (a licence step locks its holder: an update of the same row would wait for it).
  const edited = [];
  for (let i = 0; i < 2; i++) edited.push(await kit.gamePoint());
  // The consumer reads from the first change: it must end with every change of this database, once.
  const consumed: Change[] = [];
  let checkpoint: string | null = null;
  let writing = true;
  const pages: number[] = [];
  const consumer = (async () => {
    while (writing) {
      const r: GraphQLResponse<FeedPageQuery> = await t.gql(FEED_PAGE, { after: checkpoint, first: 3 }, ministry);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      consumed.push(...r.data!.changes.edges.map((e) => e.node));
      pages.push(r.data!.changes.edges.length);
      checkpoint = r.data!.changes.checkpoint;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  })();

  const updates = new Map<string, number>();
  const writers: Promise<unknown>[] = [];
  // 8 raw transactions that start early and commit late (one rolls back: its change must never appear).
  targets.forEach((e, i) => {
    const commit = i !== 3;
    if (commit) updates.set(uuidOf(e.id), (updates.get(uuidOf(e.id)) ?? 0) + 1);
    writers.push(slowUpdate(uuidOf(e.id), 0.5 + (i % 4) * 0.6, commit));
  });
  // One API registration of each kind (a kind's registry codes are taken in turn), half of them slow at COMMIT.
  Object.values(KINDS).forEach((k, i) => {
    writers.push(
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 30 * i));
        const r = await tryRegister(t, k.kind, { name: `Đồng thời ${i}${i % 2 ? ' (chậm)' : ''}` }, dept);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      })(),
    );
  });
  // 6 licence writers: issue, suspend, reinstate on their own game point.
  for (const h of holders) {
    writers.push(
      (async () => {
        let lic = await kit.issue(h.id, { on: today() });
        lic = await kit.step('suspend', lic, today());
        await kit.step('reinstate', lic, today());
      })(),
    );
  }
  // 2 API writers updating their own entity twice each.
  for (const h of edited) {
    writers.push(
      (async () => {
        let version = h.version;
        for (let n = 0; n < 2; n++) {
          const r = await t.gql(UPDATE, { input: { id: h.id, version, notes: `ghi chú ${n}` } }, dept);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
          version = r.data!.updateEntity.entity.version;
          updates.set(h.uuid, (updates.get(h.uuid) ?? 0) + 1);
        }
      })(),
    );
  }
  expect(writers.length).toBeGreaterThanOrEqual(20);
  await Promise.all(writers);
  writing = false;
  await consumer;
  // A last write after every writer has ended: once it comes through, everything before it has (its xid is above theirs).
  const sentinel = await register(t, 'PUBLISHER', { name: 'Nhà sách cuối cùng' }, dept);
  const rest = await followUntil(t, ministry, checkpoint, (cs) => cs.some((c) => c.objectId === sentinel.id), 7);
  consumed.push(...rest.changes);

  // What the database holds: every entity registered, every update, every licence event.
  const registered = await t.sql<{ id: string }>(`SELECT id FROM regulated_entity`);
  expect(registered).toHaveLength(Object.keys(KINDS).length + targets.length + holders.length + edited.length + 1);
  const events = await t.sql<{ license_id: string; id: string; type: string }>(
    `SELECT ev.license_id, ev.id, ev.type FROM license_event ev`,
  );
  expect(events).toHaveLength(18);
  const expected = [
    ...registered.map((r) => key('ENTITY_REGISTERED', r.id, null)),
    ...[...updates].flatMap(([id, n]) => Array<string>(n).fill(key('ENTITY_UPDATED', id, null))),
    ...events.map((e) => key(`LICENSE_${e.type}`, e.license_id, e.id)),
  ];
  const got = consumed.map(changeKey);
  expect(count(got)).toEqual(count(expected));
  expect(got).toHaveLength(expected.length);
  // And the change table agrees (nothing recorded that the consumer did not get).
  const table = await t.sql<{ kind: string; record_id: string; event_id: string | null }>(
    `SELECT kind, record_id, event_id FROM sync_change`,
  );
  expect(count(table.map((r) => key(r.kind, r.record_id, r.event_id)))).toEqual(count(expected));

  // The out-of-order case happened: some change was handed out after one that committed later than it.
  const times = consumed.map((c) => Date.parse(c.committedAt));
  expect(times.some((time, i) => times.slice(i + 1).some((later) => later < time))).toBe(true);
  // And the consumer did read while writes were in flight (several non-empty pages).
  expect(pages.filter((p) => p > 0).length).toBeGreaterThan(3);
}, 120_000);
