import { Role } from '../src/auth/roles';
import { startTestApp, TestApp } from './helpers/app';
import { codes, register } from './helpers/factories';
import { LicenseKit, today, uuidOf } from './helpers/licenses';
import { drainFeed, FEED_PAGE, followUntil } from './helpers/sync';

/**
 * The change feed as a national system reads it: every registration, update, deregistration and licence event, in
 * order, resumable from a checkpoint, with the rows in the export's shape.
 */
let t: TestApp;
let dept: string;
let ministry: string;
let kit: LicenseKit;

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  ministry = await t.key(Role.MINISTRY_SYSTEM);
  kit = new LicenseKit(t, dept);
});
afterAll(() => t.close());

test('a consumer sees registrations and licence steps in order, and resumes where it stopped', async () => {
  const start = await drainFeed(t, ministry, null);
  const point = await kit.gamePoint();
  const lic = await kit.issue(point.id, { on: today() });
  await kit.step('suspend', lic, today());
  const it = await register(t, 'IT_ENTERPRISE', { name: 'Công ty Phần mềm Đồng Phú' }, dept);

  // Pages of 2, until the last write has come through (another test file's open transaction may hold it back a moment).
  const { changes, checkpoint } = await followUntil(t, ministry, start.checkpoint, (cs) => cs.some((c) => c.objectId === it.id), 2);
  expect(changes.map((c) => [c.kind, uuidOf(c.objectId)])).toEqual([
    ['ENTITY_REGISTERED', point.uuid],
    ['LICENSE_ISSUED', uuidOf(lic.id)],
    ['LICENSE_SUSPENDED', uuidOf(lic.id)],
    ['ENTITY_REGISTERED', uuidOf(it.id)],
  ]);
  // Rows in the export's shape: the entity as it is now, no personal data for a national system.
  const entity = changes[0].records[0];
  expect(entity.file).toBe('ENTITIES');
  expect(entity.record).toMatchObject({ id: point.uuid, kind: 'GAME_SERVICE_POINT', status: 'ACTIVE' });
  expect(entity.record).not.toHaveProperty('representative_id_number');
  expect(entity.record).not.toHaveProperty('representative_phone');
  expect(entity.record).not.toHaveProperty('representative_address');
  const suspended = changes[2];
  expect(suspended.records.map((r) => r.file)).toEqual(['LICENSES', 'LICENSE_EVENTS']);
  expect(suspended.records[0].record).toMatchObject({ id: uuidOf(lic.id), status: 'SUSPENDED' });
  expect(suspended.records[1].record).toMatchObject({ license_id: uuidOf(lic.id), type: 'SUSPENDED', seq: 2 });
  expect(suspended.licenseEvent?.type).toBe('SUSPENDED');
  for (const c of changes) expect(Date.parse(c.committedAt)).toBeGreaterThan(0);

  // Nothing new: an empty page, the same position.
  const again = await drainFeed(t, ministry, checkpoint);
  expect(again.changes).toEqual([]);
});

test('a checkpoint that is not one, and a page over the cap, are refused', async () => {
  for (const after of ['nope', Buffer.from('[1,"x","1","1",[],null]').toString('base64url')]) {
    const r = await t.gql(FEED_PAGE, { after, first: 10 }, ministry);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.fields).toEqual([{ field: 'after', message: expect.any(String) }]);
  }
  const over = await t.gql(FEED_PAGE, { first: 1001 }, ministry);
  expect(codes(over)).toEqual(['BAD_USER_INPUT']);
  expect(over.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['first']);
  const dep = await t.gql(FEED_PAGE, { first: 1 }, dept);
  expect(codes(dep)).toEqual(['FORBIDDEN']);
});
