import http from 'node:http';
import { Client } from 'pg';
import { gunzipSync } from 'node:zlib';
import { graphql } from '../gql';
import type { FeedPageQuery } from '../gql/graphql';
import { TEST_LEGAL_BASIS, type GraphQLResponse, type TestApp } from './app';

/** One page of the change feed, with everything a consumer may read. */
export const FEED_PAGE = graphql(`
  query FeedPage($after: String, $first: Int) {
    changes(after: $after, first: $first) {
      checkpoint
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          objectId
          kind
          committedAt
          records {
            file
            record
          }
          licenseEvent {
            id
            type
          }
        }
      }
    }
  }
`);

export type Change = FeedPageQuery['changes']['edges'][number]['node'];

/** Reads the feed from `after` until it has nothing more now; returns the changes in order and where to resume. */
export async function drainFeed(
  t: TestApp,
  secret: string,
  after: string | null,
  pageSize = 100,
): Promise<{ changes: Change[]; checkpoint: string | null }> {
  const changes: Change[] = [];
  let checkpoint = after;
  for (;;) {
    const r = await t.gql(FEED_PAGE, { after: checkpoint, first: pageSize }, secret);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const page = r.data!.changes;
    changes.push(...page.edges.map((e) => e.node));
    checkpoint = page.checkpoint;
    if (!page.pageInfo.hasNextPage) return { changes, checkpoint };
  }
}

/**
 * Follows the feed from `after` until `done` holds for what it read (or `timeoutMs` passes). The feed hands out a
 * change once every transaction that started before it has ended, on the whole PostgreSQL server: other test files'
 * open transactions can hold it back for a while, so a test waits for its own last write to come through.
 */
export async function followUntil(
  t: TestApp,
  secret: string,
  after: string | null,
  done: (changes: Change[]) => boolean,
  pageSize = 100,
  timeoutMs = 90_000,
): Promise<{ changes: Change[]; checkpoint: string | null }> {
  const changes: Change[] = [];
  let checkpoint = after;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await drainFeed(t, secret, checkpoint, pageSize);
    changes.push(...page.changes);
    checkpoint = page.checkpoint;
    if (done(changes)) return { changes, checkpoint };
    if (Date.now() > deadline) throw new Error(`the feed did not bring the awaited change within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ExportResult {
  status: number;
  headers: Record<string, string>;
  /** The data lines, parsed. */
  rows: Record<string, unknown>[];
  /** The last line (checkpoint, rows), when the file is complete. */
  trailer: { checkpoint?: string; rows: number; file: string } | null;
  body: unknown;
}

/**
 * GET /export/<file> with a key (and the test legal basis unless `legalBasis` is null), over a real socket so that the
 * bytes are the server's (gzip included), body parsed as NDJSON.
 */
export async function download(
  t: TestApp,
  path: string,
  secret: string | null,
  opts: { legalBasis?: string | null; gzip?: boolean } = {},
): Promise<ExportResult> {
  const base = await t.listen();
  const headers: Record<string, string> = { 'accept-encoding': opts.gzip ? 'gzip' : 'identity' };
  if (secret) headers.authorization = `Bearer ${secret}`;
  const legalBasis = opts.legalBasis === undefined ? TEST_LEGAL_BASIS : opts.legalBasis;
  if (legalBasis !== null) headers['x-legal-basis'] = legalBasis;
  const res = await new Promise<{ status: number; headers: Record<string, string>; raw: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ status: r.statusCode!, headers: r.headers as Record<string, string>, raw: Buffer.concat(chunks) }));
        r.on('error', reject);
      })
      .on('error', reject);
  });
  const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.raw) : res.raw).toString('utf8');
  if (res.status !== 200) return { status: res.status, headers: res.headers, rows: [], trailer: null, body: JSON.parse(text) };
  const lines = text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const last = lines[lines.length - 1];
  const complete = last && 'rows' in last && !('id' in last);
  return {
    status: res.status,
    headers: res.headers,
    rows: complete ? lines.slice(0, -1) : lines,
    trailer: complete ? (last as unknown as ExportResult['trailer']) : null,
    body: null,
  };
}

/** The error code of an HTTP JSON error body (`{ errors: [{ extensions: { code } }] }`). */
export function httpErrorCode(body: unknown): string | undefined {
  return (body as GraphQLResponse).errors?.[0]?.extensions?.code;
}

/** The database's rows of a table as a copy must hold them: every column but personal data and generated columns. */
export async function databaseRows(
  t: TestApp,
  table: 'regulated_entity' | 'license' | 'license_event',
): Promise<Map<string, Record<string, unknown>>> {
  const c = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
  await c.connect();
  try {
    await c.query(`SET TimeZone = 'UTC'`);
    const { rows } = await c.query<{ row: Record<string, unknown> }>(
      `SELECT to_jsonb(x) - ARRAY['representative_id_number', 'representative_phone', 'representative_address', 'name_sort', 'search_text'] AS row
         FROM ${table} x`,
    );
    // to_jsonb writes instants with the session's offset (+00:00); the export writes Z.
    const norm = (r: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+\+00:00$/.test(v) ? v.replace('+00:00', 'Z') : v,
        ]),
      );
    return new Map(rows.map((r) => [r.row.id as string, norm(r.row)]));
  } finally {
    await c.end();
  }
}

/** Pads microseconds the way the export writes them (to_jsonb drops trailing zeros: .12 vs .120000). */
export function micro(rows: Map<string, Record<string, unknown>>): Map<string, Record<string, unknown>> {
  const fix = (v: unknown) =>
    typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v)
      ? v.replace(/(:\d\d)(\.(\d+))?Z$/, (_m, s: string, _f, d: string | undefined) => `${s}.${(d ?? '').padEnd(6, '0')}Z`)
      : v;
  return new Map([...rows].map(([id, r]) => [id, Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fix(v)]))]));
}
