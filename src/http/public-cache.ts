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
    const send = res.send.bind(res);
    if (req.headers.authorization) {
      res.setHeader('cache-control', 'no-store');
      // Nor tagged: Express would hash every keyed answer for an ETag that no cache may use (sha1 over a 300 KB answer
      // per request). The answer, already encoded and typed (responseCap), is written as it is.
      res.send = (body?: unknown) => {
        if (!Buffer.isBuffer(body) || !res.getHeader('content-type')) return send(body);
        res.setHeader('content-length', body.length);
        res.end(body);
        return res;
      };
      return next();
    }
    res.send = (body?: unknown) => {
      const ok = res.statusCode === 200 && (typeof body === 'string' || Buffer.isBuffer(body));
      const head = typeof body === 'string' ? body.slice(0, 200) : Buffer.isBuffer(body) ? body.toString('utf8', 0, 200) : '';
      if (!ok || /"errors"\s*:/.test(head)) {
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
