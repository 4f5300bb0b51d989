import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

function graphqlError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/**
 * The response-size cap: an answer longer than `maxBytes` is replaced by one RESPONSE_TOO_LARGE error (HTTP 200 with
 * `data: null`, as for any other operation error), so that a query the cost model let through cannot send an
 * unbounded body. The cost limit (src/graphql/limits.ts) keeps such answers from being built in the first place.
 */
export function responseCap(maxBytes: number, log: Logger): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      // Encoded once, here: measuring the string and then letting Express encode it again cost two passes over it
      // (0.7 ms of a 300 KB answer's 28 ms of Node CPU at national scale). The GraphQL answer already has its type.
      if (typeof body === 'string' && res.getHeader('content-type')) body = Buffer.from(body, 'utf8');
      const size = typeof body === 'string' ? Buffer.byteLength(body) : Buffer.isBuffer(body) ? body.length : 0;
      if (size > maxBytes) {
        log.warn({ bytes: size, maxBytes }, 'response over the size cap replaced by an error');
        res.status(200);
        return send(
          JSON.stringify({
            data: null,
            errors: [
              {
                message: `The answer would be ${size} bytes, over the limit of ${maxBytes}; ask for fewer items (first) or fewer fields`,
                extensions: { code: 'RESPONSE_TOO_LARGE', bytes: size, maxBytes },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  };
}

/**
 * `res.locals.abandoned`: an AbortSignal that fires when the request is abandoned — the client closed the connection
 * before its answer was sent, or the request timeout answered in its place. The GraphQL context cancels the request's
 * SQL on it (src/graphql/request-sql.ts), so a client that gave up leaves no query running.
 */
export function abandonSignal(): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    res.locals.abandoned = controller.signal;
    res.locals.abandon = () => controller.abort();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    next();
  };
}

/**
 * The HTTP request timeout: a request still unanswered after `ms` gets 503 TIMEOUT with Retry-After, and whatever it
 * was still doing can no longer write to the client. (Each SQL statement is bounded by statement_timeout too.)
 */
export function requestTimeout(ms: number, log: Logger): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      log.warn({ url: req.url, ms }, 'request timed out');
      res.setHeader('retry-after', '5');
      graphqlError(res, 503, 'TIMEOUT', `The request took longer than ${ms} ms and was stopped; narrow it and retry`);
      // Its SQL is cancelled too (abandonSignal).
      (res.locals.abandon as (() => void) | undefined)?.();
      // Anything the timed-out request still tries to send is dropped.
      Object.assign(res, {
        setHeader: () => res,
        status: () => res,
        send: () => res,
        write: () => true,
        end: () => res,
      });
    }, ms);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
