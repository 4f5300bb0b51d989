import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, type Options, rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { RateLimits } from '../config';

const bearer = (req: Request) => req.headers.authorization;
/** ipKeyGenerator parses IPv6 text (every client of a dual-stack listener, `::ffff:a.b.c.d`): its answers are kept. */
const ipKeys = new Map<string, string>();
const clientIp = (req: Request) => {
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  let key = ipKeys.get(ip);
  if (key === undefined) {
    if (ipKeys.size >= 10_000) ipKeys.clear();
    ipKeys.set(ip, (key = ipKeyGenerator(ip)));
  }
  return key;
};

/** The rate limiters of one app, built once (createApp) so that every route that uses them shares their counters. */
export interface RateLimiters {
  /**
   * The routes that take an API key: /graphql, /subgraph, /export/* and /statistics/report.*. One set of counters for
   * all of them: a failed authentication on one counts on the others, a key's requests count together wherever they go,
   * and so do an address's requests without a key.
   */
  api: RequestHandler[];
  /**
   * The public page and its CSV (/public/…), which take no key: every request counts per client IP, whatever
   * Authorization header it carries (a made-up key there would otherwise count as a key of its own, unlimited). The
   * same limit as requests without a key on the API, on its own counter: reading the public lists does not use up an
   * address's GraphQL allowance, nor the reverse.
   */
  public: RequestHandler[];
}

/**
 * Rate limits (express-rate-limit, counted in this process's memory; behind a load balancer each process counts its
 * own, so the limits add up across processes):
 * - failed authentications (unknown, revoked or expired key: HTTP 401) per client IP, in a long window: a key cannot
 *   be guessed, and an IP that keeps trying is refused even with a right key until the window ends;
 * - requests with a key, per key (a digest of the secret: a leaked counter never shows the key);
 * - requests without a key, per client IP.
 * Each refusal is HTTP 429 RATE_LIMITED with Retry-After. The client IP is the socket's, or X-Forwarded-For's when the
 * request comes through a proxy on loopback (app.set('trust proxy', 'loopback')).
 */
export function rateLimits(limits: RateLimits, log: Logger): RateLimiters {
  const refused =
    (what: string): RequestHandler =>
    (req, res) => {
      const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + limits.windowMs) - Date.now()) / 1000));
      log.info({ ip: req.ip, limit: what }, 'rate limited');
      res.setHeader('retry-after', String(seconds));
      res.status(429).json({
        errors: [
          {
            message: `Too many ${what}; retry in ${seconds} s`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
          },
        ],
      });
    };
  const common = { standardHeaders: 'draft-7' as const, legacyHeaders: false, validate: { trustProxy: false } };
  const api: RequestHandler[] = [];
  if (limits.authFailures > 0) api.push(authFailureLimit(limits, refused('failed authentications from your address')));
  if (limits.perKey > 0) {
    api.push(
      rateLimit({
        ...common,
        windowMs: limits.windowMs,
        limit: limits.perKey,
        skip: (req) => !bearer(req),
        keyGenerator: (req) => `key:${createHash('sha256').update(bearer(req)!).digest('base64url')}`,
        handler: refused('requests with this key'),
      }),
    );
  }
  const perIp = (skip: (req: Request) => boolean, prefix: string) =>
    rateLimit({
      ...common,
      windowMs: limits.windowMs,
      limit: limits.perIp,
      skip,
      keyGenerator: (req) => `${prefix}:${clientIp(req)}`,
      handler: refused('requests without a key from your address'),
    });
  const publicRoutes: RequestHandler[] = [];
  if (limits.perIp > 0) {
    api.push(perIp((req) => !!bearer(req), 'ip'));
    publicRoutes.push(perIp(() => false, 'public-ip'));
  }
  return { api, public: publicRoutes };
}

/**
 * Failed authentications per client IP. Only answers that were 401 count, and they count when they are sent: a
 * limiter that counts every request and takes back the successful ones afterwards (express-rate-limit's
 * skipSuccessfulRequests) refuses a client with a good key as soon as more than `authFailures` of its requests are in
 * flight at once. So the store is read before the request (refused once the failures reach the limit) and written
 * after a 401 only.
 */
function authFailureLimit(limits: RateLimits, refuse: RequestHandler): RequestHandler {
  const store = new MemoryStore();
  store.init({ windowMs: limits.authFailureWindowMs } as Options);
  return (req, res, next) => {
    if (!bearer(req)) return next();
    const key = `auth-fail:${clientIp(req)}`;
    store
      .get(key)
      .then((info) => {
        if (info && info.totalHits >= limits.authFailures) {
          (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit = { resetTime: info.resetTime };
          return refuse(req, res, next);
        }
        res.on('finish', () => {
          if (res.statusCode === 401) void store.increment(key);
        });
        next();
      })
      .catch(next);
  };
}
