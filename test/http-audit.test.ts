import { serverAudits } from 'graphql-http';
import pino from 'pino';
import { createDataSource } from '../ormconfig';
import { createApp } from '../src/app';
import { Role } from '../src/auth/roles';
import { loadConfig } from '../src/config';
import { startTestApp, TestApp } from './helpers/app';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await startTestApp();
  url = `${await t.listen()}/graphql`;
});
afterAll(() => t.close());

const STACK = /\n\s+at |node_modules|\.ts:\d+|QueryFailedError|relation "|stacktrace/;

test('every MUST audit of graphql-http (GraphQL over HTTP) passes', async () => {
  const audits = serverAudits({ url, fetchFn: fetch });
  const must = audits.filter((a) => a.name.startsWith('MUST'));
  expect(must.length).toBeGreaterThanOrEqual(10);
  const failures: string[] = [];
  for (const audit of must) {
    const result = await audit.fn();
    if (result.status !== 'ok') failures.push(`${audit.id} ${audit.name}: ${result.status} — ${result.reason}`);
  }
  expect(failures).toEqual([]);
});

test('GET /graphql answers a query (with a CSRF-safe header) and refuses a mutation with 405', async () => {
  // Apollo's CSRF prevention: a GET must carry a header a browser would not send on a simple request.
  const bare = await t.http.get('/graphql').query({ query: '{ viewer { role } }' }).set('accept', 'application/json');
  expect(bare.status).toBe(400);
  expect(bare.text).not.toMatch(STACK);
  const get = await t.http
    .get('/graphql')
    .query({ query: '{ viewer { role } }' })
    .set('accept', 'application/json')
    .set('apollo-require-preflight', 'true');
  expect(get.status).toBe(200);
  expect(get.body).toEqual({ data: { viewer: { role: 'PUBLIC' } } });
  const mutation = await t.http
    .get('/graphql')
    .query({ query: 'mutation { revokeApiKey(id: "x") { apiKey { id } } }' })
    .set('accept', 'application/json')
    .set('apollo-require-preflight', 'true');
  expect(mutation.status).toBe(405);
});

test('GET /healthz and /readyz are 200 while the database is reachable', async () => {
  const health = await t.http.get('/healthz');
  expect(health.status).toBe(200);
  expect(health.body).toEqual({ status: 'ok' });
  const ready = await t.http.get('/readyz');
  expect(ready.status).toBe(200);
  expect(ready.body).toEqual({ status: 'ready' });
  expect(ready.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('GET /readyz is 503 when the database cannot be reached', async () => {
  // The same app on a data source that never connected.
  const unreachable = createDataSource('postgres://nobody:nothing@127.0.0.1:1/none');
  const { app, apollo } = await createApp(unreachable, loadConfig({ NODE_ENV: 'test' }), pino({ level: 'silent' }));
  try {
    const { default: request } = await import('supertest');
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'database unreachable' });
    expect((await request(app).get('/healthz')).status).toBe(200);
  } finally {
    await apollo.stop();
  }
});

test('a malformed JSON body is a 400 with a JSON error and no stack trace', async () => {
  const r = await t.http.post('/graphql').set('content-type', 'application/json').send('{"query": "{ viewer { role } }",');
  expect(r.status).toBe(400);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  expect(r.body.errors).toHaveLength(1);
  expect(r.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(r.text).not.toMatch(STACK);
});

test('a body over the size limit is a 413 with a JSON error', async () => {
  const r = await t.http
    .post('/graphql')
    .set('content-type', 'application/json')
    .send(JSON.stringify({ query: '{ viewer { role } }', variables: { pad: 'x'.repeat(1_100_000) } }));
  expect(r.status).toBe(413);
  expect(r.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(r.text).not.toMatch(STACK);
});

test('an unknown route is a JSON 404', async () => {
  const r = await t.http.get('/nothing-here');
  expect(r.status).toBe(404);
  expect(r.body).toEqual({ error: 'not found' });
});

test('a query that does not parse, is too long or does not validate is a 400 naming its problem, no 500, no stack', async () => {
  const parse = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ viewer { role }' });
  expect(parse.status).toBe(400);
  expect(parse.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  const invalid = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ viewer { nope } }' });
  expect(invalid.status).toBe(400);
  expect(invalid.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const huge = await t.http
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query: `{ ${'viewer { role } '.repeat(1300)}}` });
  expect(huge.status).toBe(400);
  expect(huge.body.errors[0]).toMatchObject({
    message: expect.stringContaining('5000 tokens'),
    extensions: { code: 'GRAPHQL_PARSE_FAILED' },
  });
  for (const r of [parse, invalid, huge]) expect(r.text).not.toMatch(STACK);
});

test('an internal failure is INTERNAL_SERVER_ERROR with a request id to quote, never a stack or SQL', async () => {
  const secret = await t.key(Role.DEPARTMENT_OFFICER);
  await t.sql(`ALTER TABLE regulated_entity RENAME TO regulated_entity_away`);
  try {
    const r = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${secret}`)
      .set('x-request-id', 'broken-db-1')
      .send({ query: '{ entities { totalCount } }' });
    expect(r.status).toBe(200);
    expect(r.headers['x-request-id']).toBe('broken-db-1');
    expect(r.body.data).toBeNull();
    expect(r.body.errors).toEqual([
      {
        message: 'Internal error; it was logged. Quote the request id (x-request-id response header) when you report it.',
        locations: [{ line: 1, column: 3 }],
        path: ['entities'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(r.text).not.toMatch(STACK);
  } finally {
    await t.sql(`ALTER TABLE regulated_entity_away RENAME TO regulated_entity`);
  }
});

/** A Content-Security-Policy header as its directives: name → sources. */
function directives(header: string | undefined): Record<string, string[]> {
  expect(header).toEqual(expect.any(String));
  return Object.fromEntries(
    header!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** The sources a page's scripts may come from (script-src, else default-src): its own origin or a nonce, nothing inline or evaluated. */
function expectNoUnsafeScript(csp: Record<string, string[]>) {
  const sources = [...(csp['script-src'] ?? csp['default-src']), ...(csp['script-src-elem'] ?? []), ...(csp['script-src-attr'] ?? [])];
  expect(sources.length).toBeGreaterThan(0);
  expect(sources.filter((s) => !["'self'", "'none'"].includes(s) && !/^'nonce-[^']+'$/.test(s))).toEqual([]);
  expect(csp['object-src'] ?? csp['default-src']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'none'"]);
}

test("helmet's Content-Security-Policy is on for the whole app: own origin only, no inline or evaluated script", async () => {
  // The app-wide policy (src/http/security.ts), on the API's answers, a health probe, an error and a 404.
  const responses = [
    await t.http.get('/healthz'),
    await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ viewer { role } }' }),
    await t.http.post('/graphql').set('content-type', 'application/json').send({ query: '{ viewer { role }' }),
    await t.http.get('/nothing-here'),
  ];
  expect(responses.map((r) => r.status)).toEqual([200, 200, 400, 404]);
  for (const r of responses) {
    const csp = directives(r.headers['content-security-policy'] as string);
    expect(csp).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'self'"],
      'form-action': ["'self'"],
    });
    expectNoUnsafeScript(csp);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  }
  // The statistics dashboard sets its own policy, stricter still: nothing by default, its own scripts only.
  const dashboard = await t.http.get('/dashboard');
  expect(dashboard.status).toBe(200);
  expect(dashboard.headers['content-type']).toMatch(/^text\/html/);
  const csp = directives(dashboard.headers['content-security-policy'] as string);
  expect(csp).toMatchObject({ 'default-src': ["'none'"], 'script-src': ["'self'"], 'frame-ancestors': ["'none'"] });
  expectNoUnsafeScript(csp);
  // The header is one policy, not helmet's and the page's both (two policies would both apply, the stricter winning).
  expect(dashboard.headers['content-security-policy']).not.toContain(',');
});
