import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../src/auth/roles';
import { startTestApp, TestApp } from './helpers/app';
import { register } from './helpers/factories';
import { LicenseKit, today, uuidOf } from './helpers/licenses';
import { databaseRows, micro } from './helpers/sync';

/**
 * The README's consumer, examples/sync-consumer.mjs, run as a user runs it (a Node process over HTTP): its first run
 * exports and follows the feed, later runs follow the feed from the saved checkpoint; its folder then equals the
 * database row by row.
 */
let t: TestApp;
let dept: string;
let ministry: string;
let kit: LicenseKit;
let dir: string;

beforeAll(async () => {
  t = await startTestApp();
  dept = await t.key(Role.DEPARTMENT_OFFICER);
  ministry = await t.key(Role.MINISTRY_SYSTEM);
  kit = new LicenseKit(t, dept);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sync-consumer-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

const script = path.join(__dirname, '..', 'examples', 'sync-consumer.mjs');

async function runConsumer(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [script, dir], {
    env: { ...process.env, REGISTRY_URL: await t.listen(), REGISTRY_KEY: ministry, LEGAL_BASIS: 'Nghị định 47/2020/NĐ-CP, Điều 10' },
    timeout: 60_000,
  });
  return stdout;
}

const copyOf = (name: string) =>
  new Map(Object.entries(JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Record<string, Record<string, unknown>>));

test('export once, then follow the feed: the consumer’s folder equals the database', async () => {
  const p1 = await kit.gamePoint();
  await kit.issue(p1.id, { on: today() });
  const first = await runConsumer();
  expect(first).toMatch(/exported \d+ entities/);
  expect(copyOf('entities').has(p1.uuid)).toBe(true);

  // Later writes reach the copy through the feed only (no export on the second run).
  const p2 = await kit.gamePoint();
  let lic = await kit.issue(p2.id, { on: today() });
  lic = await kit.step('suspend', lic, today());
  const telecom = await register(t, 'TELECOM_OPERATOR', { name: 'Chi nhánh Viễn thông Bù Đăng' }, dept);
  // The feed hands a change out once every older transaction on the server has ended (other test files' too).
  const deadline = Date.now() + 90_000;
  for (;;) {
    const out = await runConsumer();
    expect(out).not.toMatch(/exported/);
    if (copyOf('licenses').get(uuidOf(lic.id))?.status === 'SUSPENDED' && copyOf('entities').has(uuidOf(telecom.id))) break;
    if (Date.now() > deadline) throw new Error('the consumer did not receive the last writes within 90 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  expect(copyOf('entities')).toEqual(micro(await databaseRows(t, 'regulated_entity')));
  expect(copyOf('licenses')).toEqual(micro(await databaseRows(t, 'license')));
  expect(copyOf('license-events')).toEqual(micro(await databaseRows(t, 'license_event')));
  expect(fs.readFileSync(path.join(dir, 'checkpoint.txt'), 'utf8')).toMatch(/^[A-Za-z0-9_-]+$/);
}, 180_000);

test('a consumer whose legal basis is blank is refused before any row, and says why', async () => {
  const other = path.join(dir, 'other');
  const failed = promisify(execFile)(process.execPath, [script, other], {
    env: { ...process.env, REGISTRY_URL: await t.listen(), REGISTRY_KEY: ministry, LEGAL_BASIS: '   ' },
  });
  await expect(failed).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/HTTP 400 .*BAD_USER_INPUT.*X-Legal-Basis/) });
  expect(fs.readdirSync(other)).toEqual([]);
});
