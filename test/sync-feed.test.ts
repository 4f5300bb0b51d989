import { Role } from '../src/auth/roles';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';
import { codes, register } from './helpers/factories';
import { addDays, Lic, LicenseKit, today, uuidOf } from './helpers/licenses';
import { Change, drainFeed, FEED_PAGE, followUntil } from './helpers/sync';

/**
 * The change feed as a national system reads it: every registration, update, deregistration and licence event, in
 * order, resumable from a checkpoint, with the rows in the export's shape.
 */
let t: TestApp;
let dept: string;
let ministry: string;
let admin: string;
let kit: LicenseKit;

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  ministry = await t.key(Role.MINISTRY_SYSTEM);
  admin = await t.key(Role.ADMIN);
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

const UPDATE_ENTITY = graphql(`
  mutation FeedUpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      entity {
        version
      }
    }
  }
`);
const DEREGISTER = graphql(`
  mutation FeedDeregister($input: DeregisterEntityInput!) {
    deregisterEntity(input: $input) {
      entity {
        status
      }
    }
  }
`);

test('every kind of change comes through once, in commit order, to an ADMIN key and to a MINISTRY_SYSTEM key', async () => {
  const start = await drainFeed(t, admin, null);
  const T = today();
  const D0 = addDays(T, -200);
  /** What the test did, in the order its transactions committed: [kind, uuid of the object]. */
  const done: [string, string][] = [];

  // One licence through every step the lifecycle allows before an end (domain.md §6), then revoked.
  const point = await kit.gamePoint();
  done.push(['ENTITY_REGISTERED', point.uuid]);
  let lic: Lic = await kit.issue(point.id, { on: D0 });
  done.push(['LICENSE_ISSUED', uuidOf(lic.id)]);
  const steps = [
    ['amend', 'LICENSE_AMENDED'],
    ['renew', 'LICENSE_RENEWED'],
    ['reissue', 'LICENSE_REISSUED'],
    ['suspend', 'LICENSE_SUSPENDED'],
    ['reinstate', 'LICENSE_REINSTATED'],
    ['revoke', 'LICENSE_REVOKED'],
  ] as const;
  for (const [i, [step, kind]] of steps.entries()) {
    lic = await kit.step(step, lic, addDays(D0, 10 * (i + 1)));
    done.push([kind, uuidOf(lic.id)]);
  }
  expect(lic.status).toBe('REVOKED');

  // The other end of a licence: surrendered, on a holder of its own (a game point holds one certificate at a time).
  const other = await kit.gamePoint();
  done.push(['ENTITY_REGISTERED', other.uuid]);
  const given = await kit.issue(other.id, { on: D0 });
  done.push(['LICENSE_ISSUED', uuidOf(given.id)]);
  expect((await kit.step('surrender', given, addDays(D0, 30))).status).toBe('SURRENDERED');
  done.push(['LICENSE_SURRENDERED', uuidOf(given.id)]);

  // The first holder's data changes, then it leaves the registry.
  const updated = await t.gql(UPDATE_ENTITY, { input: { id: point.id, version: point.version, notes: 'Đổi ghi chú' } }, dept);
  expect(updated.errors).toBeUndefined();
  done.push(['ENTITY_UPDATED', point.uuid]);
  const gone = await t.gql(
    DEREGISTER,
    {
      input: {
        id: point.id,
        version: updated.data!.updateEntity.entity.version,
        effectiveOn: T,
        reason: 'Ngừng hoạt động theo đề nghị của chủ cơ sở',
      },
    },
    dept,
  );
  expect(gone.data?.deregisterEntity.entity.status).toBe('DEREGISTERED');
  done.push(['ENTITY_DEREGISTERED', point.uuid]);

  const last = done[done.length - 1];
  const seen = (cs: Change[]) => cs.some((c) => c.kind === last[0] && uuidOf(c.objectId) === last[1]);
  // Both roles read the same feed from the same checkpoint, in small pages so that it resumes between changes.
  for (const secret of [admin, ministry]) {
    const { changes } = await followUntil(t, secret, start.checkpoint, seen, 3);
    expect(changes.map((c) => [c.kind, uuidOf(c.objectId)])).toEqual(done);
    const times = changes.map((c) => Date.parse(c.committedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(changes.filter((c) => c.kind.startsWith('LICENSE_')).map((c) => c.licenseEvent?.type)).toEqual(
      done.filter(([k]) => k.startsWith('LICENSE_')).map(([k]) => k.slice('LICENSE_'.length)),
    );
  }
});
