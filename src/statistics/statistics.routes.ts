import fs from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { READ_ROLES, Role } from '../auth/roles';
import type { Viewer } from '../auth/viewer';
import { projectRoot, type Config } from '../config';
import { createRequestContext, LoaderFactory } from '../graphql/context';
import { isDatabaseUnavailable, isStatementTimeout, RETRY_AFTER_SECONDS, serviceUnavailable } from '../graphql/availability';
import { todayInVietnam } from '../graphql/dates';
import { requestTimeout } from '../http/bounds';
import { periodicReport, reportCsv, reportXlsx } from './report';
import { resolveScope } from './statistics.scope';

/**
 * The dashboard page (`GET /dashboard`, its script, style and chart library, all served by the app: it works with no
 * internet access) and the periodic report (`GET /statistics/report.csv|.xlsx?from=&to=&unitCode=`, with the API key
 * in the Authorization header, never in the URL). The page's Content-Security-Policy allows its own origin only.
 */

const PAGE_DIR = path.join(projectRoot, 'src', 'statistics', 'dashboard');
const ASSETS: Record<string, { file: string; type: string }> = {
  'dashboard.js': { file: path.join(PAGE_DIR, 'dashboard.js'), type: 'text/javascript; charset=utf-8' },
  'dashboard.css': { file: path.join(PAGE_DIR, 'dashboard.css'), type: 'text/css; charset=utf-8' },
  'echarts.min.js': { file: require.resolve('echarts/dist/echarts.min.js'), type: 'text/javascript; charset=utf-8' },
  'echarts-vi.js': { file: require.resolve('echarts/i18n/langVI.js'), type: 'text/javascript; charset=utf-8' },
};

/** Same origin only: no inline script or style, no eval, no frames, no other host. */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface StatisticsRouterOptions {
  dataSource: DataSource;
  config: Config;
  log: Logger;
  createLoaders: LoaderFactory;
  /** Who the Authorization header names (the app's own check: 401 for an unknown key). */
  viewerOf(authorization: string | undefined): Promise<Viewer>;
  /** The app's rate limiters of keyed routes (src/http/rate-limit.ts, RateLimiters.api): counters shared with /graphql. */
  rateLimits: RequestHandler[];
}

/** A calendar date YYYY-MM-DD (2025-02-30 is not one). */
const isDate = (d: string) => {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : NaN;
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
};

function clientError(res: Response, status: number, code: string, message: string, fields?: { field: string; message: string }[]) {
  if (status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(status).json({ errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] });
}

export function statisticsRouter(opts: StatisticsRouterOptions): Router {
  const router = express.Router();
  const page = (_req: Request, res: Response) => {
    res.setHeader('content-security-policy', DASHBOARD_CSP);
    res.setHeader('cache-control', 'no-store');
    res.type('html').sendFile(path.join(PAGE_DIR, 'index.html'));
  };
  router.get('/dashboard', page);
  router.get('/dashboard/', page);
  router.get('/dashboard/assets/:name', (req, res) => {
    const asset = ASSETS[req.params.name];
    if (!asset) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    res.setHeader('content-security-policy', DASHBOARD_CSP);
    res.setHeader('cache-control', 'public, max-age=3600');
    res.type(asset.type);
    fs.createReadStream(asset.file).pipe(res);
  });

  router.get(
    '/statistics/report.:format',
    requestTimeout(opts.config.requestTimeoutMs, opts.log),
    ...opts.rateLimits,
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const format = req.params.format;
        if (format !== 'csv' && format !== 'xlsx') return clientError(res, 404, 'NOT_FOUND', 'report.csv or report.xlsx');
        let viewer: Viewer;
        try {
          viewer = await opts.viewerOf(req.headers.authorization);
        } catch (e) {
          if (e instanceof GraphQLError) {
            const status = (e.extensions.http as { status?: number } | undefined)?.status ?? 401;
            return clientError(res, status, String(e.extensions.code), e.message);
          }
          throw e;
        }
        if (!READ_ROLES.includes(viewer.role)) {
          return viewer.role === Role.PUBLIC
            ? clientError(res, 401, 'UNAUTHENTICATED', 'The report needs an API key (Authorization: Bearer <key>)')
            : clientError(res, 403, 'FORBIDDEN', `The ${viewer.role} role may not read reports`);
        }
        const q = req.query;
        const today = todayInVietnam();
        const to = typeof q.to === 'string' && q.to ? q.to : today;
        const from = typeof q.from === 'string' && q.from ? q.from : `${to.slice(0, 4)}-01-01`;
        const unitCode = typeof q.unitCode === 'string' && q.unitCode ? q.unitCode : null;
        const bad = [
          ...(isDate(from) ? [] : [{ field: 'from', message: 'must be a date YYYY-MM-DD' }]),
          ...(isDate(to) ? [] : [{ field: 'to', message: 'must be a date YYYY-MM-DD' }]),
        ];
        if (bad.length) return clientError(res, 400, 'BAD_USER_INPUT', 'Invalid report parameters', bad);
        const ctx = createRequestContext({
          viewer,
          config: opts.config,
          requestId: String(req.id as string | number),
          dataSource: opts.dataSource,
          createLoaders: opts.createLoaders,
          log: req.log,
        });
        const scope = await resolveScope(ctx, { unitCode });
        const report = await periodicReport(ctx, scope, from, to);
        const name = `bao-cao-${scope.unitCode || 'tinh'}-${from}-${to}.${format}`;
        res.setHeader('content-disposition', `attachment; filename="${name}"`);
        res.setHeader('cache-control', 'no-store');
        if (format === 'csv') res.type('text/csv; charset=utf-8').send(reportCsv(report));
        else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await reportXlsx(report));
      } catch (e) {
        if (e instanceof GraphQLError) {
          const code = String(e.extensions.code);
          const status = code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' ? 400 : 500;
          if (status < 500) return clientError(res, status, code, e.message, e.extensions.fields as { field: string; message: string }[]);
        }
        // The database is away (or stopped a statement at its timeout): the client should retry, as on /graphql, not see a 500.
        if (isDatabaseUnavailable(e)) {
          req.log.warn({ err: e }, 'database unavailable during a report');
          return clientError(res, 503, 'SERVICE_UNAVAILABLE', serviceUnavailable().message);
        }
        if (isStatementTimeout(e)) {
          req.log.warn('statement timeout during a report');
          return clientError(
            res,
            503,
            'TIMEOUT',
            'The database stopped the report after the statement timeout; retry, or ask for a shorter period',
          );
        }
        next(e);
      }
    },
  );
  return router;
}
