import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Transform, TransformCallback } from 'node:stream';
import { createGzip } from 'node:zlib';
import express, { Request, RequestHandler, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AuditLogRecord } from '../audit/audit-log.entity';
import { writeAudit } from '../audit/audit.service';
import { auditJsonFor } from '../audit/personal-data';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../graphql/availability';
import { columnRecord } from '../graphql/sql';
import { Utf8Chunks } from '../http/utf8-chunks';
import { EXPORT_FILE_NAMES } from './change.enums';
import { feedId } from './change.service';
import { encodeCheckpoint, fromSnapshot } from './checkpoint';
import { isDataSharing, LEGAL_BASIS_HEADER, parseLegalBasis } from './data-sharing';
import {
  auditExportSql,
  EXPORT_NAMES,
  EXPORT_ROLES,
  ExportName,
  exportSql,
  parseAuditExportFilters,
  parseExportFilters,
} from './export.query';

export interface SyncRouteDeps {
  dataSource: DataSource;
  config: Config;
  log: Logger;
  /** The viewer of an Authorization header, as /graphql authenticates it (throws UNAUTHENTICATED / SERVICE_UNAVAILABLE). */
  authenticate(authorization: string | undefined): Promise<Viewer>;
  /** The app's rate limiters of keyed routes (src/http/rate-limit.ts, RateLimiters.api): counters shared with /graphql. */
  rateLimits: RequestHandler[];
}

/** Rows fetched from the cursor per round trip. */
const BATCH = 2000;
/** Bytes gathered before a chunk goes down the pipe (fewer, larger writes). */
const CHUNK = 128 * 1024;

/** A refusal before streaming starts: HTTP status and the same error shape as /graphql. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function refusalOf(e: unknown): Refusal {
  if (e instanceof Refusal) return e;
  if (e instanceof GraphQLError) {
    const code = typeof e.extensions.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
    const status =
      (e.extensions.http as { status?: number } | undefined)?.status ??
      ({ BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 } as Record<string, number>)[
        code
      ] ??
      500;
    const { http: _http, ...extensions } = e.extensions;
    return new Refusal(status, code, e.message, extensions);
  }
  if (isDatabaseUnavailable(e))
    return new Refusal(503, 'SERVICE_UNAVAILABLE', `The database is not reachable right now; retry in ${RETRY_AFTER_SECONDS} seconds`);
  return new Refusal(500, 'INTERNAL_SERVER_ERROR', 'Internal error');
}

function send(res: Response, r: Refusal, requestId: string): void {
  if (r.status === 503 || r.status === 429) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(r.status).json({
    errors: [{ message: r.message, extensions: { code: r.code, ...r.extensions, ...(r.status >= 500 ? { requestId } : {}) } }],
  });
}

/** Turns rows into NDJSON in large chunks (src/http/utf8-chunks.ts), counts them, and ends with the trailer line. */
class NdjsonLines extends Transform {
  rows = 0;
  private readonly out = new Utf8Chunks((chunk) => this.push(chunk), CHUNK);

  constructor(
    private readonly line: (row: Record<string, unknown>) => string,
    private readonly trailer: (rows: number) => Promise<object>,
  ) {
    super({ writableObjectMode: true, writableHighWaterMark: BATCH, readableHighWaterMark: CHUNK });
  }

  override _transform(row: Record<string, unknown>, _encoding: BufferEncoding, done: TransformCallback): void {
    this.out.add(this.line(row), 0x0a);
    this.rows++;
    done();
  }

  override _flush(done: TransformCallback): void {
    this.trailer(this.rows).then(
      (t) => {
        this.out.add(JSON.stringify(t), 0x0a);
        this.out.flush();
        done();
      },
      (e: Error) => done(e),
    );
  }
}

/**
 * `GET /export/{entities,licenses,license-events}.ndjson` (MINISTRY_SYSTEM) and `GET /export/audit-log.ndjson` (ADMIN).
 *
 * A data export reads one consistent snapshot (a REPEATABLE READ, READ ONLY transaction, which takes no transaction id
 * and so never holds the change feed back) through a server-side cursor, `BATCH` rows at a time, as far as the client
 * takes them: the pipeline's back-pressure pauses the cursor, so memory stays flat whatever the size. With
 * `Accept-Encoding: gzip` the stream is gzipped. The last line is the trailer `{"checkpoint": …, "rows": …}`: that
 * snapshot as a feed checkpoint (src/sync/checkpoint.ts), so `changes(after: checkpoint)` continues with exactly the
 * changes the export did not contain; a file without it is incomplete. Each data export writes one audit row
 * (src/sync/data-sharing.ts) before its trailer.
 */
export function syncRoutes(deps: SyncRouteDeps): Router {
  const { dataSource, config, log } = deps;
  const router = express.Router();
  let running = 0;

  if (deps.rateLimits.length) router.use('/export', ...deps.rateLimits);
  router.get('/export/:file', async (req: Request, res: Response) => {
    const requestId = String(req.id as string | number);
    let viewer: Viewer;
    let name: ExportName;
    let query: { sql: string; params: unknown[] };
    let legalBasis: string | null = null;
    let filters: object;
    try {
      viewer = await deps.authenticate(req.headers.authorization);
      const m = /^([a-z-]+)\.ndjson$/.exec(String(req.params.file));
      const found = m ? EXPORT_NAMES[m[1]] : undefined;
      if (!found) {
        throw new Refusal(
          404,
          'NOT_FOUND',
          `There is no export ${String(req.params.file)}: the exports are ${Object.keys(EXPORT_NAMES)
            .map((n) => `/export/${n}.ndjson`)
            .join(', ')}`,
        );
      }
      name = found;
      requireRole(viewer, EXPORT_ROLES[name]);
      if (isDataSharing(viewer)) legalBasis = parseLegalBasis(req.get(LEGAL_BASIS_HEADER));
      if (name === 'AUDIT_LOG') {
        const f = parseAuditExportFilters(req.query);
        filters = f;
        query = auditExportSql(dataSource.manager, f);
      } else {
        const f = await parseExportFilters(dataSource.manager, req.query);
        filters = f;
        query = exportSql(dataSource.manager, name, f, viewer);
      }
      if (running >= config.exports.maxConcurrent) {
        throw new Refusal(
          503,
          'SERVICE_UNAVAILABLE',
          `${running} exports are running in this process (at most ${config.exports.maxConcurrent}); retry later`,
        );
      }
    } catch (e) {
      send(res, refusalOf(e), requestId);
      return;
    }

    running++;
    const fileName = name === 'AUDIT_LOG' ? 'audit-log' : EXPORT_FILE_NAMES[name];
    const runner = dataSource.createQueryRunner();
    let client: PoolClient | null = null;
    let lines: NdjsonLines | null = null;
    let completed = false;
    const audit = (rows: number, complete: boolean) =>
      legalBasis === null
        ? Promise.resolve()
        : writeAudit(
            { manager: dataSource.manager, viewer, requestId },
            {
              operation: `GET /export/${fileName}.ndjson`,
              recordType: 'Export',
              recordId: fileName,
              filters: { ...filters, gzip: res.getHeader('content-encoding') === 'gzip', complete },
              rowsReleased: rows,
              legalBasis,
            },
          );
    try {
      const feed = name === 'AUDIT_LOG' ? null : await feedId(dataSource.manager);
      client = (await runner.connect()) as PoolClient;
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // One statement (the cursor) for the whole export: bounded by the export's own limit, not the API's.
      await client.query(`SET LOCAL statement_timeout = ${config.exports.timeoutMs}`);
      // The transaction's snapshot is taken here, and the cursor reads in it.
      const [{ snapshot }] = (await client.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot')).rows;
      const rows = client.query(new QueryStream(query.sql, query.params, { batchSize: BATCH, highWaterMark: BATCH }));
      const line =
        name === 'AUDIT_LOG'
          ? (r: Record<string, unknown>) => {
              const record = columnRecord(dataSource.manager, AuditLogRecord, r as unknown as AuditLogRecord);
              return JSON.stringify({ ...record, before: auditJsonFor(viewer, record.before), after: auditJsonFor(viewer, record.after) });
            }
          : (r: Record<string, unknown>) => r.json as string;
      lines = new NdjsonLines(line, async (count) => {
        await audit(count, true);
        completed = true;
        return {
          ...(feed ? { checkpoint: encodeCheckpoint(fromSnapshot(feed, snapshot)) } : {}),
          rows: count,
          file: fileName,
          exportedAt: new Date().toISOString(),
        };
      });
      res.status(200);
      res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-disposition', `attachment; filename="${fileName}.ndjson"`);
      res.setHeader('vary', 'Accept-Encoding');
      const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
      if (gzip) res.setHeader('content-encoding', 'gzip');
      const timer = setTimeout(
        () => rows.destroy(new Error(`the export ran past EXPORT_TIMEOUT_MS (${config.exports.timeoutMs} ms)`)),
        config.exports.timeoutMs,
      );
      try {
        await (gzip ? pipeline(rows, lines, createGzip(), res) : pipeline(rows, lines, res));
      } finally {
        clearTimeout(timer);
      }
      // The cursor is closed on the connection before the transaction ends.
      if (!rows.closed) await once(rows, 'close');
      await client.query('COMMIT');
    } catch (e) {
      const gone = (e as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE' || req.socket.destroyed;
      if (gone) log.info({ requestId, export: fileName, rows: lines?.rows ?? 0 }, 'export abandoned by the client');
      else log.error({ err: e, requestId, export: fileName }, 'export failed');
      if (client) await client.query('ROLLBACK').catch(() => undefined);
      if (!res.headersSent) send(res, refusalOf(e), requestId);
      else res.destroy();
      // What left before the failure was released all the same.
      if (!completed && lines?.rows)
        await audit(lines.rows, false).catch((err: unknown) => log.error({ err, requestId }, 'export audit failed'));
    } finally {
      await runner.release().catch(() => undefined);
      running--;
    }
  });
  return router;
}
