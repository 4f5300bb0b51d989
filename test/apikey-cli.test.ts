import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/app';
import { codes } from './helpers/factories';

/**
 * `npm run --silent apikey -- …` is `node dist/src/cli/apikey.js …` after a build: the compiled CLI is run as
 * a child process against this test's database while the app serves it.
 */
const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'apikey.js');

let t: TestApp;
let databaseUrl: string;

beforeAll(async () => {
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
  t = await startTestApp();
  databaseUrl = (t.dataSource.options as { url: string }).url;
}, 180_000);
afterAll(() => t?.close());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const VIEWER = graphql(`
  query CliKeyViewer {
    viewer {
      role
      label
      jurisdiction {
        code
        fullName
        level
        structure
      }
    }
  }
`);
const keyCount = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM api_key`))[0].n;

test('create prints the secret alone on its last line; it works over HTTP; list shows it; revoke ends it', async () => {
  const created = await cli('create', '--role', 'LOCAL_OFFICER', '--unit', '689', '--label', 'X');
  expect(created.code).toBe(0);
  const lines = created.stdout.split('\n').filter(Boolean);
  const secret = lines[lines.length - 1];
  expect(secret).toMatch(/^ictr_[A-Za-z0-9_-]{43}$/);
  expect(created.stdout).toBe(`${secret}\n`);
  const id = /created key ([0-9a-f-]{36}) \(LOCAL_OFFICER 689\)/.exec(created.stderr)?.[1];
  expect(id).toBeDefined();

  const viewer = await t.gql(VIEWER, {}, secret);
  expect(viewer.status).toBe(200);
  expect(viewer.data!.viewer).toEqual({
    role: 'LOCAL_OFFICER',
    label: 'X',
    jurisdiction: { code: '689', fullName: 'Thành phố Đồng Xoài', level: 'DISTRICT', structure: 'THREE_TIER_2024' },
  });
  const entities = await t.gql(
    graphql(`
      query CliKeyEntityCount {
        entities {
          totalCount
        }
      }
    `),
    {},
    secret,
  );
  expect(entities.data).toEqual({ entities: { totalCount: 0 } });

  const listed = await cli('list');
  expect(listed.code).toBe(0);
  expect(listed.stdout.split('\n')).toContain(`${id}\tLOCAL_OFFICER\t689\t${secret.slice(0, 9)}…\tactive\tX`);

  const revoked = await cli('revoke', id!);
  expect(revoked).toMatchObject({ code: 0, stdout: `revoked ${id}\n` });
  const refused = await t.gql(VIEWER, {}, secret);
  expect(refused.status).toBe(401);
  expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
  expect((await cli('list')).stdout.split('\n')).toContain(`${id}\tLOCAL_OFFICER\t689\t${secret.slice(0, 9)}…\trevoked\tX`);
});

test('a key with an expiry and a default label', async () => {
  const created = await cli('create', '--role', 'MINISTRY_SYSTEM', '--expires', '2030-01-31');
  expect(created.code).toBe(0);
  const secret = created.stdout.trim();
  const viewer = await t.gql(VIEWER, {}, secret);
  expect(viewer.data!.viewer).toEqual({ role: 'MINISTRY_SYSTEM', label: 'MINISTRY_SYSTEM key', jurisdiction: null });
  expect((await cli('list')).stdout).toContain(`\tMINISTRY_SYSTEM\t-\t${secret.slice(0, 9)}…\texpires 2030-01-31\tMINISTRY_SYSTEM key\n`);
});

test.each([
  ['an unknown role', ['create', '--role', 'SUPERUSER'], '--role must be one of the roles below'],
  ['the PUBLIC role', ['create', '--role', 'PUBLIC'], '--role must be one of the roles below'],
  ['no role', ['create'], '--role must be one of the roles below'],
  ['a malformed expiry', ['create', '--role', 'ADMIN', '--expires', '31/01/2030'], '--expires must be YYYY-MM-DD'],
  ['revoke without an id', ['revoke'], 'revoke takes one key id'],
  ['an unknown command', ['rotate'], 'unknown command "rotate"'],
])('%s exits 2 with a message and the usage, creating nothing', async (_what, args, message) => {
  const before = await keyCount();
  const r = await cli(...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')[0]).toBe(message);
  expect(r.stderr).toContain('roles: LOCAL_OFFICER, DEPARTMENT_OFFICER, MINISTRY_SYSTEM, ADMIN');
  expect(await keyCount()).toBe(before);
});

test.each([
  ['a unit that is no 2024 district', ['create', '--role', 'LOCAL_OFFICER', '--unit', '999'], 'unitCode: is not a 2024 district code'],
  [
    'a LOCAL_OFFICER without a unit',
    ['create', '--role', 'LOCAL_OFFICER'],
    'unitCode: a LOCAL_OFFICER needs a 3-digit district (2024) or a 5-digit commune (2025) code',
  ],
  ['an expiry in the past', ['create', '--role', 'ADMIN', '--expires', '2020-01-01'], 'expiresOn: is in the past'],
])('%s exits 1 naming the field, creating nothing', async (_what, args, message) => {
  const before = await keyCount();
  const r = await cli(...args);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`  ${message}\n`);
  expect(await keyCount()).toBe(before);
});

test('revoking an unknown id exits 1', async () => {
  const r = await cli('revoke', '00000000-0000-4000-8000-000000000000');
  expect(r.code).toBe(1);
  expect(r.stderr).toBe('error: ApiKey 00000000-0000-4000-8000-000000000000 was not found\n');
});
