import net from 'node:net';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { startTestApp, TEST_LEGAL_BASIS, TestApp } from './helpers/app';
import { codes, register } from './helpers/factories';
import { LicenseKit, today } from './helpers/licenses';
import { download, FEED_PAGE, followUntil } from './helpers/sync';

/**
 * Data-sharing reads are audited (Decrees 47/2020 and 194/2025): every read by a MINISTRY_SYSTEM key — GraphQL, the
 * feed, an export — writes one audit row with the key, the time, the operation, the filters, the rows released and
 * the legal basis from X-Legal-Basis, which that role must send. ADMIN reads the log and exports it.
 */
let t: TestApp;
let dept: string;
let ministry: string;
let admin: string;

const ENTITIES = graphql(`
  query MinistryGamePoints($first: Int) {
    entities(filter: { kinds: [GAME_SERVICE_POINT] }, first: $first) {
      edges {
        node {
          id
          name
          representative {
            name
            idNumber
            phone
          }
          licenses {
            edges {
              node {
                number
                events {
                  type
                }
              }
            }
          }
        }
      }
    }
  }
`);

const AUDIT = graphql(`
  query DataSharingAudit {
    auditLog(filter: { actorRole: MINISTRY_SYSTEM }, first: 20) {
      edges {
        node {
          occurredAt
          actorRole
          actorLabel
          operation
          recordType
          recordId
          filters
          rowsReleased
          legalBasis
        }
      }
    }
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  ministry = await t.key(Role.MINISTRY_SYSTEM);
  admin = await t.key(Role.ADMIN);
  const kit = new LicenseKit(t, dept);
  for (let i = 0; i < 3; i++) {
    const p = await kit.gamePoint();
    const lic = await kit.issue(p.id, { on: today() });
    await kit.step('suspend', lic, today());
  }
  await register(t, 'IT_ENTERPRISE', { name: 'Công ty không phải điểm game' }, dept);
});
afterAll(() => t.close());

async function auditRows() {
  const r = await t.gql(AUDIT, {}, admin);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.auditLog.edges.map((e) => e.node);
}

test('a ministry read writes one audit row: operation, filters, rows released, legal basis; no personal data leaves', async () => {
  const before = (await auditRows()).length;
  const r = await t.gql(ENTITIES, { first: 2 }, ministry);
  expect(r.errors).toBeUndefined();
  const nodes = r.data!.entities.edges.map((e) => e.node);
  expect(nodes).toHaveLength(2);
  for (const n of nodes) expect(n.representative).toMatchObject({ idNumber: null, phone: null });
  const rows = await auditRows();
  expect(rows).toHaveLength(before + 1);
  // 2 entities, each with 1 licence of 2 events: 2 + 2 + 4 rows released.
  expect(rows[0]).toMatchObject({
    actorRole: 'MINISTRY_SYSTEM',
    actorLabel: 'test MINISTRY_SYSTEM',
    operation: 'MinistryGamePoints',
    recordType: 'GraphQL',
    recordId: 'entities',
    rowsReleased: 8,
    legalBasis: TEST_LEGAL_BASIS,
    filters: { entities: { field: 'entities', arguments: { filter: { kinds: ['GAME_SERVICE_POINT'] }, first: 2 } } },
  });
});

test('the legal basis may be Vietnamese (UTF-8, or RFC 8187 for ASCII-only clients)', async () => {
  const basis = 'Nghị định 47/2020/NĐ-CP, Điều 10';
  const { port } = new URL(await t.listen());
  const body = JSON.stringify({ query: '{ licenses(first: 1) { edges { node { number } } } }' });
  // As curl sends it: the header's bytes are the UTF-8 of the text (written on a raw socket, byte for byte).
  for (const header of [Buffer.from(`UTF-8''${encodeURIComponent(basis)}`), Buffer.from(basis, 'utf8')]) {
    const request = Buffer.concat([
      Buffer.from(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${ministry}\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\nX-Legal-Basis: `,
      ),
      header,
      Buffer.from(`\r\n\r\n${body}`),
    ]);
    const response = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', reject);
    });
    const status = Number(/^HTTP\/1\.1 (\d+)/.exec(response)![1]);
    expect(status).toBe(200);
    expect((await auditRows())[0]).toMatchObject({ legalBasis: basis, operation: '(anonymous)', recordId: 'licenses', rowsReleased: 1 });
  }
});

test('without a legal basis a ministry read is refused before any data is read, and nothing is audited', async () => {
  const before = await auditRows();
  for (const header of [undefined, '', '   ']) {
    const req = t.http.post('/graphql').set('authorization', `Bearer ${ministry}`);
    if (header !== undefined) req.set('x-legal-basis', header);
    const res = await req.send({ query: '{ entities(first: 5) { edges { node { id name } } } }' });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'X-Legal-Basis', message: expect.any(String) }],
    });
  }
  // Other roles need none; the ministry's own identity and the schema are not registry data.
  const own = await t.http
    .post('/graphql')
    .set('authorization', `Bearer ${ministry}`)
    .send({ query: '{ viewer { role } __schema { queryType { name } } }' });
  expect(own.body).toMatchObject({ data: { viewer: { role: 'MINISTRY_SYSTEM' } } });
  const department = await t.http
    .post('/graphql')
    .set('authorization', `Bearer ${dept}`)
    .send({ query: '{ entities(first: 1) { totalCount } }' });
  expect(department.body.errors).toBeUndefined();
  expect(await auditRows()).toEqual(before);
});

test('a feed page is audited with the changes it released; a refused page is not', async () => {
  // The feed hands out a change once every older transaction on the server has ended (other test files' too): wait.
  await followUntil(t, ministry, null, (cs) => cs.length >= 5);
  const page = await t.gql(FEED_PAGE, { first: 5 }, ministry);
  expect(page.errors).toBeUndefined();
  const changes = page.data!.changes.edges.map((e) => e.node);
  expect(changes).toHaveLength(5);
  // The rows the changes name: each entity or licence, and each licence event.
  const rows = new Set(changes.flatMap((c) => [c.objectId, ...(c.licenseEvent ? [c.licenseEvent.id] : [])]));
  expect(rows.size).toBeGreaterThan(5);
  expect((await auditRows())[0]).toMatchObject({
    operation: 'FeedPage',
    recordId: 'changes',
    rowsReleased: rows.size,
    filters: { changes: { arguments: { first: 5 } } },
  });
  const before = await auditRows();
  const bad = await t.gql(FEED_PAGE, { after: 'forged', first: 5 }, ministry);
  expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  const over = await t.gql(FEED_PAGE, { first: 5000 }, ministry);
  expect(codes(over)).toEqual(['BAD_USER_INPUT']);
  expect(await auditRows()).toEqual(before);
});

test('an export is audited with its rows, filters and legal basis; ADMIN exports the audit log without personal data', async () => {
  const res = await download(t, '/export/entities.ndjson?kind=GAME_SERVICE_POINT', ministry, { gzip: true });
  expect(res.trailer!.rows).toBe(3);
  expect((await auditRows())[0]).toMatchObject({
    operation: 'GET /export/entities.ndjson',
    recordType: 'Export',
    recordId: 'entities',
    rowsReleased: 3,
    legalBasis: TEST_LEGAL_BASIS,
    filters: { kinds: ['GAME_SERVICE_POINT'], gzip: true, complete: true },
  });

  const log = await download(t, '/export/audit-log.ndjson', admin);
  expect(log.status).toBe(200);
  expect(log.trailer).toMatchObject({ rows: log.rows.length, file: 'audit-log' });
  expect(log.trailer).not.toHaveProperty('checkpoint');
  const shared = log.rows.filter((r) => r.actor_role === 'MINISTRY_SYSTEM');
  expect(shared.map((r) => r.record_type)).toEqual(expect.arrayContaining(['GraphQL', 'Export']));
  expect(shared.every((r) => r.legal_basis && typeof r.rows_released === 'number')).toBe(true);
  // Registrations are in the log with the representative's personal data masked for ADMIN.
  const registration = log.rows.find((r) => r.operation === 'registerEntity')!;
  expect((registration.after as Record<string, unknown>).representative_id_number).toBeNull();
  const onlyMinistry = await download(t, '/export/audit-log.ndjson?actorRole=MINISTRY_SYSTEM', admin);
  expect(onlyMinistry.rows.length).toBe(shared.length);
});

const NEW_KEY = graphql(`
  mutation AuditNewMinistryKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
      }
      secret
    }
  }
`);
const AUDIT_BY_KEY = graphql(`
  query AuditByKey($apiKeyId: ID!) {
    auditLog(filter: { apiKeyId: $apiKeyId }, first: 20) {
      totalCount
      edges {
        node {
          apiKeyId
          actorLabel
          operation
          recordId
        }
      }
    }
  }
`);

test('each entry names the key by its id, and ADMIN lists one key’s entries even when two keys share a label', async () => {
  // Two systems of the same ministry, given the same label: only the id tells their reads apart.
  const keys = [];
  for (let i = 0; i < 2; i++) {
    const r = await t.gql(NEW_KEY, { input: { label: 'Hệ thống Bộ TT&TT', role: 'MINISTRY_SYSTEM' } }, admin);
    expect(r.errors).toBeUndefined();
    keys.push(r.data!.createApiKey);
  }
  const [a, b] = keys;
  expect(a.apiKey.id).not.toBe(b.apiKey.id);
  expect((await t.gql(FEED_PAGE, { first: 1 }, a.secret)).errors).toBeUndefined();
  expect((await t.gql(ENTITIES, { first: 1 }, b.secret)).errors).toBeUndefined();
  expect((await t.gql(ENTITIES, { first: 2 }, b.secret)).errors).toBeUndefined();

  const ofA = await t.gql(AUDIT_BY_KEY, { apiKeyId: a.apiKey.id }, admin);
  expect(ofA.errors).toBeUndefined();
  expect(ofA.data!.auditLog.totalCount).toBe(1);
  expect(ofA.data!.auditLog.edges.map((e) => e.node)).toEqual([
    { apiKeyId: a.apiKey.id, actorLabel: 'Hệ thống Bộ TT&TT', operation: 'FeedPage', recordId: 'changes' },
  ]);
  const ofB = await t.gql(AUDIT_BY_KEY, { apiKeyId: b.apiKey.id }, admin);
  expect(ofB.data!.auditLog.edges.map((e) => [e.node.apiKeyId, e.node.operation])).toEqual([
    [b.apiKey.id, 'MinistryGamePoints'],
    [b.apiKey.id, 'MinistryGamePoints'],
  ]);
  // An id that is no key's lists nothing (not an error).
  expect((await t.gql(AUDIT_BY_KEY, { apiKeyId: 'no-such-key' }, admin)).data!.auditLog.totalCount).toBe(0);
});
