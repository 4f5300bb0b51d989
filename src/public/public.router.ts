import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { isDatabaseUnavailable, isStatementTimeout, RETRY_AFTER_SECONDS } from '../graphql/availability';
import { todayInVietnam } from '../graphql/dates';
import { dataVersion } from '../sync/data-version';
import { CsvLines } from './public-csv';
import { PublicBadInput } from './public-errors';
import { PublicListArgs, publicGameServicePoints, publicListQuery, streamPublicGameServicePoints } from './public-list.service';
import { PublicListKind } from './public-list.types';
import { CSV_PATH, PAGE_PATH, PageFilters, pageHref, renderPage, STYLESHEET, STYLESHEET_PATH } from './public-page';
import { registryUnits } from './public-units';

/** Public responses may be kept by browsers and shared caches this long (the lists change with decisions, not by the second). */
export const PUBLIC_MAX_AGE_SECONDS = 60;
const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`;
/** The CSV of a whole list may take a while for a slow client, but not for ever. */
const CSV_TIME_LIMIT_MS = 5 * 60_000;

/**
 * Content-Security-Policy of the public page: nothing but the app's own stylesheet; no script at all, no frames, forms
 * submitted to the app only.
 */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

const FIELDS = { list: 'list', unitCode: 'unit', search: 'q', asOf: 'asOf' };

function one(v: unknown): string {
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

function filtersOf(req: Request): PageFilters & { after: string; listRaw: string } {
  const listRaw: string = one(req.query.list) || PublicListKind.LICENSED;
  return {
    listRaw,
    list: listRaw === String(PublicListKind.REVOKED) ? PublicListKind.REVOKED : PublicListKind.LICENSED,
    q: one(req.query.q).slice(0, 200),
    unit: one(req.query.unit).slice(0, 20),
    asOf: one(req.query.asOf).slice(0, 20),
    first: one(req.query.first).slice(0, 10),
    after: one(req.query.after).slice(0, 1000),
  };
}

function argsOf(f: ReturnType<typeof filtersOf>): PublicListArgs {
  return { list: f.listRaw as PublicListKind, unitCode: f.unit || null, search: f.q || null, asOf: f.asOf || null };
}

/** `first` of the page route: a whole number from the query string (the service checks its range). */
function firstOf(raw: string): number | null {
  if (raw === '') return null;
  if (!/^\d{1,6}$/.test(raw)) throw new PublicBadInput('first', 'must be a whole number', 'Số dòng mỗi trang phải là một số nguyên.');
  return Number(raw);
}

/** What a failure is answered with on the page and CSV routes: a readable 400 for bad input, 503 while the database is away. */
function failure(e: unknown): { status: number; message: string; english: string } | null {
  if (e instanceof PublicBadInput) {
    const f = e.extensions.fields as { field: string; message: string }[];
    return { status: 400, message: e.vietnamese, english: `${f[0].field} ${f[0].message}` };
  }
  if (isDatabaseUnavailable(e) || isStatementTimeout(e)) {
    return {
      status: 503,
      message: `Cơ sở dữ liệu tạm thời không trả lời; xin thử lại sau ${RETRY_AFTER_SECONDS} giây.`,
      english: 'The database is not reachable right now; retry shortly.',
    };
  }
  return null;
}

/**
 * The public face over HTTP (no key): the page a Department's portal links to, the CSV of a whole list, and the page's
 * stylesheet. The GraphQL field `publicGameServicePoints` answers the same lists (src/public/public-list.resolver.ts).
 */
export function publicRouter(dataSource: DataSource, config: Config, log: Logger, limits: RequestHandler[]): express.Router {
  const router = express.Router();
  // `limits`: the app's limiters of the public routes (src/http/rate-limit.ts, RateLimiters.public): every request per
  // client IP, the same limit as GraphQL without a key on its own counter; the page and the CSV read the database.

  // Browsers ask for it on every page; no icon, and no 404 in their consoles.
  router.get('/favicon.ico', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=86400');
    res.status(204).end();
  });

  router.get(STYLESHEET_PATH, (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=86400');
    res.type('text/css; charset=utf-8').send(STYLESHEET);
  });

  // The page is a function of its filters, today's date and the registry's data, whose version (src/sync/data-version.ts)
  // changes with every committed write to entities, licences or events (unit and authority names change only with a
  // restart): a page rendered under a version is the page of every later request that reads the same version. The
  // version is read before the page's own reads, so a page is never kept under a version newer than its data. Most
  // visitors open the same first pages: one index read instead of the list's queries and the rendering.
  const pages = new LRUCache<string, string>({
    max: 1000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (html, key) => html.length + key.length,
  });

  router.get(PAGE_PATH, ...limits, async (req, res, next) => {
    const f = filtersOf(req);
    const manager = dataSource.manager;
    const today = todayInVietnam();
    // Without a version (the database is away) the page is built as always, and tells why it has no list.
    const key = await dataVersion(manager).then(
      (version) => JSON.stringify([f, today, version]),
      () => null,
    );
    const known = key === null ? undefined : pages.get(key);
    if (known !== undefined) {
      res.setHeader('content-security-policy', PAGE_CSP);
      res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
      res.type('html').send(known);
      return;
    }
    let units: Awaited<ReturnType<typeof registryUnits>> = { communes: [], districts: [], provinceName: null };
    const model = {
      filters: f as PageFilters,
      provinceName: null as string | null,
      asOfShown: f.asOf || today,
      today,
      communes: units.communes,
      districts: units.districts,
      unitName: null as string | null,
      page: null as Awaited<ReturnType<typeof publicGameServicePoints>> | null,
      total: null as number | null,
      after: f.after,
      error: null as string | null,
    };
    try {
      units = await registryUnits(manager, config.provinceCode);
      Object.assign(model, { communes: units.communes, districts: units.districts, provinceName: units.provinceName });
      const q = await publicListQuery(manager, argsOf(f), FIELDS);
      const page = await publicGameServicePoints(manager, q, { first: firstOf(f.first), after: f.after || null });
      Object.assign(model, { page, total: await page.totalCount, unitName: q.unit?.fullName ?? null, asOfShown: q.asOf });
    } catch (e) {
      const fail = failure(e);
      if (!fail) return next(e);
      model.error = fail.message;
      res.status(fail.status);
      if (fail.status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    }
    res.setHeader('content-security-policy', PAGE_CSP);
    if (res.statusCode === 200) res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
    else res.setHeader('cache-control', 'no-store');
    // Express adds a weak ETag of the body and answers a matching If-None-Match with 304.
    const html = renderPage(model);
    if (key !== null && res.statusCode === 200 && model.error === null) pages.set(key, html);
    res.type('html').send(html);
  });

  router.get(CSV_PATH, ...limits, async (req, res, next) => {
    const f = filtersOf(req);
    let q;
    try {
      q = await publicListQuery(dataSource.manager, argsOf(f), FIELDS);
      // The ETag says which data the file holds: the list's filters, its date, and the version of the registry's data
      // (src/sync/data-version.ts). A matching If-None-Match is answered before any row is read.
      const version = await dataVersion(dataSource.manager);
      const etag = `W/"${createHash('sha256')
        .update(JSON.stringify([q.list, q.asOf, q.unit?.code ?? '', q.words, version]))
        .digest('base64url')
        .slice(0, 27)}"`;
      res.setHeader('etag', etag);
      res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
      if (req.fresh) {
        res.status(304).end();
        return;
      }
    } catch (e) {
      const fail = failure(e);
      if (!fail) return next(e);
      if (fail.status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(fail.status).setHeader('cache-control', 'no-store');
      res.type('text/plain; charset=utf-8').send(`${fail.message}\n${fail.english}\n`);
      return;
    }
    const file = `diem-tro-choi-dien-tu-${q.list === PublicListKind.REVOKED ? 'bi-thu-hoi' : 'duoc-cap'}-${q.asOf}${q.unit ? `-${q.unit.code}` : ''}.csv`;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    let rows;
    try {
      rows = await streamPublicGameServicePoints(dataSource, q, CSV_TIME_LIMIT_MS);
    } catch (e) {
      return next(e);
    }
    const limit = setTimeout(() => res.destroy(new Error('CSV download over its time limit')), CSV_TIME_LIMIT_MS);
    try {
      await pipeline(rows, new CsvLines(q.list), res);
    } catch (e) {
      // The client went away, or the cursor failed after the header was sent: the download is cut short (the file
      // then lacks its last line), and nothing else can be told to the client.
      if (!res.writableEnded) log.warn({ err: e, url: req.url }, 'public CSV stream stopped before its end');
      res.destroy();
    } finally {
      clearTimeout(limit);
    }
  });

  // The page without the list parameter's typo: one canonical link for the portal.
  router.get(`${PAGE_PATH}/`, (req, res) => res.redirect(301, pageHref(filtersOf(req))));
  return router;
}
