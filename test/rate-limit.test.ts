import { Role } from '../src/auth/roles';
import { startTestApp, TestApp } from './helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ rateLimits: { windowMs: 60_000, perIp: 5, perKey: 4, authFailures: 3, authFailureWindowMs: 600_000 } });
});
afterAll(() => t.close());

const ask = (secret?: string) => {
  const req = t.http.post('/graphql').set('content-type', 'application/json');
  if (secret) req.set('authorization', `Bearer ${secret}`);
  return req.send({ query: '{ viewer { role } }' });
};

function expectLimited(res: Awaited<ReturnType<typeof ask>>, what: string) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(res.body.errors).toEqual([
    { message: `Too many ${what}; retry in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } },
  ]);
}

test('requests without a key are limited per client IP, with Retry-After', async () => {
  for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(200);
  const limited = await ask();
  expectLimited(limited, 'requests without a key from your address');
  expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
  // Health checks are never limited.
  expect((await t.http.get('/healthz')).status).toBe(200);
});

test('requests with a key are limited per key; another key has its own count', async () => {
  const a = await t.key(Role.DEPARTMENT_OFFICER);
  const b = await t.key(Role.MINISTRY_SYSTEM);
  for (let i = 0; i < 4; i++) expect((await ask(a)).body).toEqual({ data: { viewer: { role: 'DEPARTMENT_OFFICER' } } });
  expectLimited(await ask(a), 'requests with this key');
  expect((await ask(b)).body).toEqual({ data: { viewer: { role: 'MINISTRY_SYSTEM' } } });
});

test('failed authentications are limited more strictly: after 3 guesses the address is refused, even with a real key', async () => {
  const real = await t.key(Role.ADMIN);
  for (let i = 0; i < 3; i++) {
    const r = await ask(`ictr_guess${i}`);
    expect(r.status).toBe(401);
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  }
  const guess = await ask('ictr_guess4');
  expectLimited(guess, 'failed authentications from your address');
  // The window is long (10 minutes here, 15 by default).
  expect(Number(guess.headers['retry-after'])).toBeGreaterThan(500);
  expectLimited(await ask(real), 'failed authentications from your address');
});

test('a client with a good key is never refused for failed authentications, however many of its requests are in flight', async () => {
  const app = await startTestApp({ rateLimits: { windowMs: 60_000, perIp: 0, perKey: 0, authFailures: 3, authFailureWindowMs: 600_000 } });
  try {
    const secret = await app.key(Role.DEPARTMENT_OFFICER);
    const base = await app.listen();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify({ query: '{ viewer { role } }' }),
        }).then((r) => r.status),
      ),
    );
    expect(answers).toEqual(Array(40).fill(200));
  } finally {
    await app.close();
  }
});

describe('every route that takes a key shares one set of counters', () => {
  const route = (app: TestApp, which: string, secret?: string) => {
    const req =
      which === 'graphql' || which === 'subgraph'
        ? app.http.post(`/${which}`).set('content-type', 'application/json')
        : app.http.get(which === 'export' ? '/export/entities.ndjson' : '/statistics/report.csv');
    if (secret) req.set('authorization', `Bearer ${secret}`);
    return which === 'graphql'
      ? req.send({ query: '{ viewer { role } }' })
      : which === 'subgraph'
        ? req.send({ query: '{ _service { sdl } }' })
        : req;
  };

  test('failed authentications on /graphql count on /export: the third guess anywhere closes every keyed route', async () => {
    const app = await startTestApp({
      rateLimits: { windowMs: 60_000, perIp: 0, perKey: 0, authFailures: 3, authFailureWindowMs: 600_000 },
    });
    try {
      const real = await app.key(Role.ADMIN);
      expect((await route(app, 'graphql', 'ictr_guess1')).status).toBe(401);
      expect((await route(app, 'graphql', 'ictr_guess2')).status).toBe(401);
      // Each route had its own count: a third guess on /export was a first there.
      expect((await route(app, 'export', 'ictr_guess3')).status).toBe(401);
      for (const which of ['export', 'statistics', 'subgraph', 'graphql']) {
        expectLimited(await route(app, which, 'ictr_guess4'), 'failed authentications from your address');
        expectLimited(await route(app, which, real), 'failed authentications from your address');
      }
    } finally {
      await app.close();
    }
  });

  test('a key’s requests count together wherever they go; the public page has its own per-address count, header or not', async () => {
    const app = await startTestApp({
      rateLimits: { windowMs: 60_000, perIp: 3, perKey: 4, authFailures: 0, authFailureWindowMs: 600_000 },
    });
    try {
      const secret = await app.key(Role.DEPARTMENT_OFFICER);
      expect((await route(app, 'graphql', secret)).status).toBe(200);
      expect((await route(app, 'subgraph', secret)).status).toBe(200);
      expect((await route(app, 'statistics', secret)).status).toBe(200);
      expect((await route(app, 'graphql', secret)).status).toBe(200);
      expectLimited(await route(app, 'statistics', secret), 'requests with this key');
      expectLimited(await route(app, 'subgraph', secret), 'requests with this key');
      // The public page: every request counts per address, a made-up key in the header too (it is no key there)…
      const page = (header?: string) => {
        const req = app.http.get('/public/game-service-points');
        return header ? req.set('authorization', header) : req;
      };
      expect((await page()).status).toBe(200);
      expect((await page(`Bearer made-up-${Math.random()}`)).status).toBe(200);
      expect((await page(`Bearer made-up-${Math.random()}`)).status).toBe(200);
      expectLimited(await page(`Bearer made-up-${Math.random()}`), 'requests without a key from your address');
      // …on its own counter: the address's requests without a key on /graphql are still allowed.
      expect((await route(app, 'graphql')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
