import http from 'node:http';
import { Client } from 'pg';
import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { startTestApp, TEST_LEGAL_BASIS, TestApp } from './helpers/app';
import { register } from './helpers/factories';
import { addDays, LicenseKit, today, uuidOf } from './helpers/licenses';
import { databaseRows as rowsOf, download, followUntil, httpErrorCode, micro } from './helpers/sync';

/**
 * Bulk export + change feed = an exact copy: a consumer downloads the three files while writes are in flight (one
 * transaction open across the export, one that committed just before it), then follows the feed from the export's
 * checkpoint, and its copy equals the database row by row.
 */
let t: TestApp;
let dept: string;
let ministry: string;
let kit: LicenseKit;
const clients: Client[] = [];

const REGISTER_SLOW = graphql(`
  mutation RegisterDuringExport($input: RegisterPublisherInput!) {
    registerPublisher(input: $input) {
      entity {
        id
      }
    }
  }
`);

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  ministry = await t.key(Role.MINISTRY_SYSTEM);
  kit = new LicenseKit(t, dept);
  await t.sql(`CREATE FUNCTION test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                 BEGIN PERFORM pg_sleep(2); RETURN NULL; END $$`);
  await t.sql(`CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT ON regulated_entity DEFERRABLE INITIALLY DEFERRED
                 FOR EACH ROW WHEN (NEW.name LIKE '%(chậm)%') EXECUTE FUNCTION test_slow_commit()`);
});
afterAll(async () => {
  for (const c of clients) await c.end().catch(() => undefined);
  await t.close();
});

async function client(): Promise<Client> {
  const c = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
  clients.push(c);
  await c.connect();
  return c;
}

test('export while writes are in flight, then follow the feed: the copy equals the database row by row', async () => {
  // A registry with some history.
  const p1 = await kit.gamePoint();
  const lic1 = await kit.issue(p1.id, { on: addDays(today(), -10) });
  await kit.step('suspend', lic1, addDays(today(), -5));
  const p2 = await kit.gamePoint();
  await kit.issue(p2.id, { on: today() });
  const other = await register(t, 'TELECOM_OPERATOR', { name: 'Chi nhánh Viễn thông Đồng Phú' }, dept);

  // T1 starts first and is still open during the export; T2 starts after it and commits before the export.
  const t1 = await client();
  await t1.query('BEGIN');
  await t1.query(`UPDATE regulated_entity SET notes = 'T1, đang mở trong lúc xuất', version = version + 1 WHERE id = $1`, [p1.uuid]);
  const t2 = await client();
  await t2.query('BEGIN');
  await t2.query(`UPDATE regulated_entity SET notes = 'T2, đã ghi trước khi xuất', version = version + 1 WHERE id = $1`, [
    uuidOf(other.id),
  ]);
  await t2.query('COMMIT');
  // An API registration that sleeps at COMMIT, in flight across the export too.
  const slow = t.gql(
    REGISTER_SLOW,
    { input: (await import('./helpers/factories')).publisher({ name: 'Nhà sách Phước Bình (chậm)' }) },
    dept,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));

  const entities = await download(t, '/export/entities.ndjson', ministry);
  expect(entities.status).toBe(200);
  expect(entities.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  expect(entities.trailer).toMatchObject({ rows: entities.rows.length, file: 'entities', checkpoint: expect.any(String) });
  const licenses = await download(t, '/export/licenses.ndjson', ministry, { gzip: true });
  expect(licenses.headers['content-encoding']).toBe('gzip');
  const events = await download(t, '/export/license-events.ndjson', ministry);

  // The export saw T2 and not T1 nor the slow registration.
  const exported = new Map(entities.rows.map((r) => [r.id as string, r]));
  expect(exported.get(uuidOf(other.id))!.notes).toBe('T2, đã ghi trước khi xuất');
  expect(exported.get(p1.uuid)!.notes).not.toBe('T1, đang mở trong lúc xuất');
  expect([...exported.values()].some((r) => r.name === 'Nhà sách Phước Bình (chậm)')).toBe(false);
  for (const r of entities.rows) {
    expect(r).not.toHaveProperty('representative_id_number');
    expect(r).not.toHaveProperty('representative_phone');
  }

  await t1.query('COMMIT');
  const slowDone = await slow;
  expect(slowDone.errors).toBeUndefined();
  // More writes after the export.
  let lic3 = await kit.issue((await kit.gamePoint()).id, { on: today() });
  lic3 = await kit.step('revoke', lic3, today());

  // Follow the feed from the first file's checkpoint (the oldest): exactly what the entities export could not see.
  const { changes } = await followUntil(
    t,
    ministry,
    entities.trailer!.checkpoint!,
    (cs) => cs.some((c) => c.kind === 'LICENSE_REVOKED' && c.objectId === lic3.id),
    3,
  );
  const entityChanges = changes.filter((c) => c.kind.startsWith('ENTITY_')).map((c) => [c.kind, uuidOf(c.objectId)]);
  expect(entityChanges).toContainEqual(['ENTITY_UPDATED', p1.uuid]);
  expect(entityChanges).not.toContainEqual(['ENTITY_UPDATED', uuidOf(other.id)]);
  expect(entityChanges.filter(([kind]) => kind === 'ENTITY_REGISTERED')).toHaveLength(2);

  // The consumer's copy: the files, then every change's rows upserted by id.
  const copy = {
    ENTITIES: new Map(entities.rows.map((r) => [r.id as string, r])),
    LICENSES: new Map(licenses.rows.map((r) => [r.id as string, r])),
    LICENSE_EVENTS: new Map(events.rows.map((r) => [r.id as string, r])),
  };
  for (const c of changes) for (const r of c.records) copy[r.file].set(r.record.id as string, r.record);

  expect(copy.ENTITIES).toEqual(micro(await rowsOf(t, 'regulated_entity')));
  expect(copy.LICENSES).toEqual(micro(await rowsOf(t, 'license')));
  expect(copy.LICENSE_EVENTS).toEqual(micro(await rowsOf(t, 'license_event')));
  expect(copy.LICENSES.get(uuidOf(lic3.id))!.status).toBe('REVOKED');
}, 120_000);

test('filters: kind, unit and changedSince; gzip gives the same rows', async () => {
  const plain = await download(t, '/export/entities.ndjson?kind=GAME_SERVICE_POINT&unit=25210', ministry);
  expect(plain.status).toBe(200);
  expect(plain.rows.length).toBeGreaterThan(0);
  for (const r of plain.rows) {
    expect(r.kind).toBe('GAME_SERVICE_POINT');
    expect([r.ward_code, r.commune_code_2025]).toContain('25210');
  }
  const zipped = await download(t, '/export/entities.ndjson?kind=GAME_SERVICE_POINT&unit=25210', ministry, { gzip: true });
  expect(zipped.rows).toEqual(plain.rows);
  const future = await download(t, `/export/licenses.ndjson?changedSince=${encodeURIComponent('2999-01-01T00:00:00Z')}`, ministry);
  expect(future.rows).toEqual([]);
  expect(future.trailer).toMatchObject({ rows: 0 });
  const events = await download(t, '/export/license-events.ndjson?kind=TELECOM_OPERATOR', ministry);
  expect(events.rows).toEqual([]);
});

test('a record holds what the row holds: quotes, backslashes, control characters, emoji, numbers, JSON, instants', async () => {
  const notes = 'Ghi chú "trích dẫn" \\ gạch chéo\n dòng mới\tthẻ \u0001\u001f điều khiển \u2028 😀';
  const point = await kit.gamePoint();
  await t.sql(`UPDATE regulated_entity SET notes = $2, latitude = $3, longitude = $4 WHERE id = $1`, [
    point.uuid,
    notes,
    1e-7,
    106.88321234567891,
  ]);
  const licence = await kit.issue(point.id, { on: today() });
  const file = await download(t, '/export/entities.ndjson', ministry);
  const row = file.rows.find((r) => r.id === point.uuid)!;
  const [db] = await t.sql<{ details: unknown; created: string; updated: string }>(
    `SELECT details, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created,
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated
       FROM regulated_entity WHERE id = $1`,
    [point.uuid],
  );
  expect(row).toMatchObject({ notes, latitude: 1e-7, longitude: 106.88321234567891, details: db.details });
  expect([row.created_at, row.updated_at]).toEqual([db.created, db.updated]);
  expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  // No personal data for the ministry's role, in the file as in the feed's records.
  for (const personal of ['representative_id_number', 'representative_phone', 'representative_address'])
    expect(row).not.toHaveProperty(personal);
  const licences = await download(t, '/export/licenses.ndjson', ministry);
  expect(licences.rows.find((r) => r.id === uuidOf(licence.id))).toMatchObject({ holder_id: point.uuid, issued_on: today(), version: 1 });
});

test('a line longer than a write chunk arrives whole, in UTF-8 with its diacritics, among the others', async () => {
  // A street of ~150,000 Vietnamese characters (~450 kB in UTF-8: longer than the 128 KiB chunks an export is written
  // in) on one game point, written by hand as a data correction could be; the other rows stay as they are.
  const point = await kit.gamePoint();
  const street = `Số 1 Đường Phú Riềng Đỏ ${'Ấp Hưng Thịnh, '.repeat(10_000)}`.trim();
  await t.sql(`UPDATE regulated_entity SET street = $2 WHERE id = $1`, [point.uuid, street]);
  const file = await download(t, '/export/entities.ndjson', ministry);
  expect(file.status).toBe(200);
  const long = file.rows.filter((r) => r.id === point.uuid);
  expect(long.map((r) => r.street)).toEqual([street]);
  const inDatabase = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM regulated_entity`);
  expect(file.rows.length).toBe(inDatabase[0].n);
  expect(file.trailer).toMatchObject({ rows: inDatabase[0].n });
});

test('bad requests: unknown file, bad filters, wrong role, no key, no legal basis — each refused before any row', async () => {
  const cases: [string, string | null, { legalBasis?: string | null }, number, string][] = [
    ['/export/permits.ndjson', ministry, {}, 404, 'NOT_FOUND'],
    ['/export/entities.csv', ministry, {}, 404, 'NOT_FOUND'],
    ['/export/entities.ndjson?kind=CASINO', ministry, {}, 400, 'BAD_USER_INPUT'],
    ['/export/entities.ndjson?unit=99999', ministry, {}, 400, 'BAD_USER_INPUT'],
    ['/export/entities.ndjson?changedSince=yesterday', ministry, {}, 400, 'BAD_USER_INPUT'],
    ['/export/entities.ndjson?limit=5', ministry, {}, 400, 'BAD_USER_INPUT'],
    ['/export/entities.ndjson', ministry, { legalBasis: null }, 400, 'BAD_USER_INPUT'],
    ['/export/entities.ndjson', ministry, { legalBasis: '   ' }, 400, 'BAD_USER_INPUT'],
    ['/export/entities.ndjson', dept, {}, 403, 'FORBIDDEN'],
    ['/export/entities.ndjson', null, {}, 401, 'UNAUTHENTICATED'],
    ['/export/entities.ndjson', 'ict_not-a-key', {}, 401, 'UNAUTHENTICATED'],
    ['/export/audit-log.ndjson', ministry, {}, 403, 'FORBIDDEN'],
  ];
  const before = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE record_type = 'Export'`);
  for (const [path, secret, opts, status, code] of cases) {
    const r = await download(t, path, secret, opts);
    expect([path, r.status, httpErrorCode(r.body)]).toEqual([path, status, code]);
  }
  const bad = await download(t, '/export/entities.ndjson?kind=CASINO&unit=1&changedSince=x', ministry);
  expect(
    (bad.body as { errors: { extensions: { fields: { field: string }[] } }[] }).errors[0].extensions.fields.map((f) => f.field),
  ).toEqual(['kind', 'unit', 'changedSince']);
  const after = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE record_type = 'Export'`);
  expect(after[0].n).toBe(before[0].n);
});

test('a download abandoned midway is audited with the rows that left, marked incomplete, and the next one works', async () => {
  // Enough rows that the file cannot fit in the sockets' buffers: 20,000 copies of one entity, made in SQL.
  const model = await kit.gamePoint();
  // On a connection of its own, without the server's statement timeout (the machine may be slow).
  const c = await client();
  const {
    rows: [{ cols }],
  } = await c.query<{ cols: string }>(
    `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS cols FROM information_schema.columns
      WHERE table_name = 'regulated_entity' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'registry_code')`,
  );
  const fromModel = cols
    .split(', ')
    .map((col) => `e.${col}`)
    .join(', ');
  await c.query(
    `INSERT INTO regulated_entity (id, registry_code, ${cols})
     SELECT gen_random_uuid(), e.registry_code || '-' || g, ${fromModel} FROM regulated_entity e, generate_series(1, 20000) g WHERE e.id = $1`,
    [model.uuid],
  );
  const [{ total }] = await t.sql<{ total: number }>(`SELECT count(*)::int AS total FROM regulated_entity`);
  const exports = async () =>
    t.sql<{ rows_released: number; filters: { complete: boolean } }>(
      `SELECT rows_released, filters FROM audit_log WHERE record_type = 'Export' ORDER BY id`,
    );
  const before = (await exports()).length;

  // Read the first bytes, then hang up.
  const base = await t.listen();
  const received = await new Promise<number>((resolve, reject) => {
    http
      .get(
        `${base}/export/entities.ndjson`,
        { headers: { authorization: `Bearer ${ministry}`, 'x-legal-basis': TEST_LEGAL_BASIS, 'accept-encoding': 'identity' } },
        (res) => {
          expect(res.statusCode).toBe(200);
          res.once('data', (chunk: Buffer) => {
            res.destroy();
            resolve(chunk.length);
          });
        },
      )
      .on('error', reject);
  });
  expect(received).toBeGreaterThan(0);

  let rows = await exports();
  for (let i = 0; rows.length === before && i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = await exports();
  }
  expect(rows).toHaveLength(before + 1);
  const abandoned = rows[rows.length - 1];
  expect(abandoned.filters.complete).toBe(false);
  expect(abandoned.rows_released).toBeGreaterThan(0);
  expect(abandoned.rows_released).toBeLessThan(total);

  // The cursor's transaction and connection were given back: a whole export runs next.
  const whole = await download(t, '/export/entities.ndjson', ministry);
  expect(whole.trailer).toMatchObject({ rows: total });
  expect((await exports()).slice(-1)[0]).toMatchObject({ rows_released: total, filters: { complete: true } });
}, 120_000);
