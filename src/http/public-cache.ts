import type { RequestHandler } from 'express';

/** How long a public GraphQL answer may be reused (the lists change with decisions, not by the second). */
const PUBLIC_MAX_AGE_SECONDS = 60;

/** RFC 9110 weak comparison of If-None-Match with an entity tag (`*` matches any). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/**
 * HTTP caching of /graphql answers. Without a key (the PUBLIC role: public lists and reference data) a successful
 * answer carries `Cache-Control: public` and an ETag of its body, and a request whose If-None-Match matches gets 304
 * with no body — for POST as for GET, because a public GraphQL operation only reads (PUBLIC may run no mutation). Mount before the response cap, so that the tag is
 * taken of the body actually sent.
 */
export function graphqlCaching(): RequestHandler {
  return (req, res, next) => {
    res.vary('Authorization');
    // With a key the answer may hold personal data: never stored (set here: Apollo's cache-control plugin, which used
    // to mark every answer `no-store`, is off since issue 14 — it wrapped every field resolver).
    if (req.headers.authorization) {
      res.setHeader('cache-control', 'no-store');
      return next();
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const ok = res.statusCode === 200 && (typeof body === 'string' || Buffer.isBuffer(body));
      if (!ok || /"errors"\s*:/.test(typeof body === 'string' ? body.slice(0, 200) : '')) {
        res.setHeader('cache-control', 'no-store');
        return send(body);
      }
      const etagOf = req.app.get('etag fn') as (body: string | Buffer, encoding?: BufferEncoding) => string;
      const etag = etagOf(body as string | Buffer, 'utf8');
      res.setHeader('etag', etag);
      res.setHeader('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
      if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
        res.status(304);
        res.removeHeader('content-type');
        res.removeHeader('content-length');
        res.end();
        return res;
      }
      return send(body);
    };
    next();
  };
}
