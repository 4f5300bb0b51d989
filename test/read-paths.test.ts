import { Client } from 'pg';
import { Role } from '../src/auth/roles';
import { loadConfig } from '../src/config';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';
import { addDays, Lic, LicenseKit, today, uuidOf } from './helpers/licenses';

/*
 * Issue 14's read paths, as a client sees them: the status filter that indexes serve (each status from the licence
 * row's columns on or after its last step, from its events before) stays exact on every date, the statements per request, the API-key cache that a revocation ends
 * at once, and the SQL of a client that went away is cancelled.
 */

let t: TestApp;
let k: LicenseKit;
const T = today();

beforeAll(async () => {
  // Long lock and statement timeouts: a statement of a client that went away ends by cancellation, not by a timeout.
  const timeouts = loadConfig({ NODE_ENV: 'test' }).databaseTimeouts;
  t = await startTestApp({ serverTiming: true, databaseTimeouts: { ...timeouts, lockTimeoutMs: 60_000, statementTimeoutMs: 60_000 } });
  k = new LicenseKit(t, await t.key(Role.DEPARTMENT_OFFICER));
});
afterAll(() => t.close());

const BY_STATUS = graphql(`
  query ReadPathsByStatus($statuses: [LicenseStatus!]!, $on: LocalDate) {
    licenses(first: 100, filter: { statuses: $statuses, statusOn: $on }) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

const STATUS_ON = graphql(`
  query ReadPathsStatusOn($id: ID!, $on: LocalDate!) {
    node(id: $id) {
      ... on License {
        statusOn(date: $on)
      }
    }
  }
`);

describe('licences by status on a date', () => {
  const base = addDays(T, -400);
  const d = (n: number) => addDays(base, n);
  const made: Lic[] = [];

  let communeOffice: string;
  let otherOffice: string;

  beforeAll(async () => {
    communeOffice = await t.key(Role.LOCAL_OFFICER, '25210');
    otherOffice = await t.key(Role.LOCAL_OFFICER, '25195');
    // One holder per licence: a holder has one game-point certificate at a time.
    const holder = async () => (await k.gamePoint()).id;
    // Expired long ago.
    made.push(await k.issue(await holder(), { on: d(0), expiresOn: d(100) }));
    // Suspended for a while, active again, then revoked.
    let l = await k.issue(await holder(), { on: d(0) });
    l = await k.step('suspend', l, d(50), { suspendedUntil: d(80) });
    made.push(await k.step('revoke', l, d(200)));
    // Suspended with no end.
    l = await k.issue(await holder(), { on: d(10) });
    made.push(await k.step('suspend', l, d(300)));
    // Surrendered.
    l = await k.issue(await holder(), { on: d(20) });
    made.push(await k.step('surrender', l, d(150)));
    // Renewed before it expired, expired later.
    l = await k.issue(await holder(), { on: d(0), expiresOn: d(100) });
    made.push(await k.step('renew', l, d(90)));
    // A suspension that ended by its own date.
    l = await k.issue(await holder(), { on: d(5) });
    made.push(await k.step('suspend', l, d(30), { suspendedUntil: d(60) }));
    // Recent, no expiry passed yet (but passed on the last date asked).
    made.push(await k.issue(await holder(), { on: d(350), expiresOn: d(500) }));
  });

  const dates = () => [d(-1), d(40), d(70), d(95), d(120), d(140), d(250), T, d(600)];
  const STATUSES = ['ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED', 'SURRENDERED'] as const;

  test('the filter finds exactly the licences whose statusOn is that status, before, between and after their steps', async () => {
    let compared = 0;
    for (const on of dates()) {
      const expected = new Map<string, string | null>();
      for (const l of made) {
        const r = await t.gql(STATUS_ON, { id: l.id, on }, k.secret);
        // Before a licence took effect it has no status (statusOn refuses the date): no filter may find it.
        if (r.errors?.[0]?.message.includes('before the licence took effect')) expected.set(l.id, null);
        else {
          expect(r.errors).toBeUndefined();
          expected.set(l.id, (r.data!.node as { statusOn: string | null }).statusOn);
        }
      }
      for (const status of STATUSES) {
        const r = await t.gql(BY_STATUS, { statuses: [status], on }, k.secret);
        expect(r.errors).toBeUndefined();
        const found = r.data!.licenses.edges.map((e) => e.node.id).sort();
        const want = [...expected].filter(([, s]) => s === status).map(([id]) => id);
        expect({ on, status, found }).toEqual({ on, status, found: want.sort() });
        expect(r.data!.licenses.totalCount).toBe(want.length);
        compared += want.length;
        // A commune office counts its own commune's licences (all of these), another commune's office none: the
        // count of a status filter comes from the rollups of the viewer's unit.
        const own = await t.gql(BY_STATUS, { statuses: [status], on }, communeOffice);
        expect({ on, status, total: own.data?.licenses.totalCount, found: own.data?.licenses.edges.length }).toEqual({
          on,
          status,
          total: want.length,
          found: want.length,
        });
        const other = await t.gql(BY_STATUS, { statuses: [status], on }, otherOffice);
        expect({ on, status, total: other.data?.licenses.totalCount }).toEqual({ on, status, total: 0 });
      }
      // Two statuses at once: the union.
      const both = await t.gql(BY_STATUS, { statuses: ['EXPIRED', 'REVOKED'], on }, k.secret);
      const union = [...expected].filter(([, s]) => s === 'EXPIRED' || s === 'REVOKED').map(([id]) => id);
      expect(both.data!.licenses.edges.map((e) => e.node.id).sort()).toEqual(union.sort());
      expect(both.data!.licenses.totalCount).toBe(union.length);
    }
    // The histories above do reach every status on some date (the comparison is not vacuous).
    expect(compared).toBeGreaterThan(30);
  });
});

describe('statements per request', () => {
  const NODE = graphql(`
    query ReadPathsNode($id: ID!) {
      node(id: $id) {
        id
        ... on RegulatedEntity {
          registryCode
          name
          address {
            fullText
          }
        }
      }
    }
  `);
  const statements = (serverTiming: string | undefined) => Number(/desc="(\d+) statements"/.exec(serverTiming ?? '')?.[1]);

  test('node by id with its address in one line is one statement once the key is known', async () => {
    const h = await k.gamePoint({ address: { street: '12 Lê Duẩn', wardCode: '25210', structure: 'TWO_TIER_2025' } });
    const send = () =>
      t.http
        .post('/graphql')
        .set('authorization', `Bearer ${k.secret}`)
        .send({ query: NODE.toString(), variables: { id: h.id } });
    await send();
    const r = await send();
    expect(r.body.errors).toBeUndefined();
    expect(uuidOf(r.body.data.node.id)).toBe(h.uuid);
    // The address in one line with the official names (computed in the same statement as the entity).
    expect(r.body.data.node.address.fullText).toMatch(/^12 Lê Duẩn, .+, Tỉnh /);
    expect(statements(r.headers['server-timing'])).toBe(1);
  });
});

describe('API keys', () => {
  const ME = graphql(`
    query ReadPathsViewer {
      viewer {
        role
      }
    }
  `);

  test('a key revoked in the database by another process stops working without a restart', async () => {
    const secret = await t.key(Role.DEPARTMENT_OFFICER);
    for (let i = 0; i < 2; i++) expect((await t.gql(ME, {}, secret)).data?.viewer.role).toBe('DEPARTMENT_OFFICER');
    // As `npm run apikey -- revoke` from another process would: on its own connection, not through this app.
    const other = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await other.connect();
    try {
      await other.query(`UPDATE api_key SET revoked_at = now() WHERE secret_prefix = $1`, [secret.slice(0, 9)]);
    } finally {
      await other.end();
    }
    // The notification of that commit reaches the app asynchronously: the key is refused from then on.
    let code: unknown;
    for (let i = 0; i < 100 && code !== 'UNAUTHENTICATED'; i++) {
      code = (await t.gql(ME, {}, secret)).errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a client that goes away', () => {
  const LIST = graphql(`
    query ReadPathsList {
      entities(first: 5) {
        totalCount
        edges {
          node {
            name
          }
        }
      }
    }
  `);

  test('its statements are cancelled, not left running', async () => {
    const base = await t.listen();
    const url = (t.dataSource.options as { url: string }).url;
    const locker = new Client({ connectionString: url });
    // Another connection watches (pg_stat_activity is a snapshot for the length of a transaction, like the locker's).
    const monitor = new Client({ connectionString: url });
    await locker.connect();
    await monitor.connect();
    try {
      // Holds the table so that the request's statement waits (as a slow statement would run).
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE regulated_entity IN ACCESS EXCLUSIVE MODE');
      const controller = new AbortController();
      const sent = fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${k.secret}` },
        body: JSON.stringify({ query: LIST.toString() }),
        signal: controller.signal,
      }).then(
        () => 'answered',
        () => 'aborted',
      );
      const waiting = async () =>
        (
          await monitor.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE '%FROM regulated_entity e%'`,
          )
        ).rows[0].n;
      let n = 0;
      for (let i = 0; i < 250 && n === 0; i++) {
        n = await waiting();
        if (n === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(n).toBeGreaterThan(0);
      controller.abort();
      expect(await sent).toBe('aborted');
      for (let i = 0; i < 100 && n > 0; i++) {
        n = await waiting();
        if (n > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Cancelled while the lock is still held: nothing of the request is left waiting.
      expect(n).toBe(0);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await monitor.end();
    }
    // The app still answers.
    const r = await t.gql(LIST, {}, k.secret);
    expect(r.errors).toBeUndefined();
  });
});
