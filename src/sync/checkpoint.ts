import { BadInput } from '../graphql/errors';

/**
 * The position of a consumer in the change feed: an opaque string that says which changes it has already consumed.
 *
 * How the feed never misses nor repeats a change (migrations/1765100000000-ChangeFeed.ts writes the table):
 * every change row carries the id of the transaction that wrote it (`xid`, 64 bits) and a sequence number (`seq`). A
 * page reads only rows whose transaction is below the oldest transaction still running when the page is read
 * (`pg_snapshot_xmin(pg_current_snapshot())`, the *bound*): those transactions have all ended, so no row can ever be
 * added below the bound again, whatever order transactions commit in. Pages go in (xid, seq) order, so "everything up
 * to (xid, seq) below the bound" is a position that never has to be revisited. A long transaction that started first
 * and commits last simply holds the bound down until it ends; its changes then come next, and nothing after them
 * has been handed out yet.
 *
 * A checkpoint is the set of consumed changes, written as a PostgreSQL snapshot (every transaction visible in it is
 * consumed: xid < xmin, or xmin ≤ xid < xmax and not in xip) plus, inside a partly read range, the last (xid, seq)
 * handed out. The snapshot form is what lets a bulk export hand over exactly: the export reads in one REPEATABLE READ
 * snapshot and ends with that snapshot as its checkpoint, so the feed continues with precisely the changes the export
 * could not see (including those of transactions that were still running when it started), none twice.
 */
export interface Checkpoint {
  /** The feed's identity (sync_feed.id): a checkpoint of another registry is refused. */
  feed: string;
  xmin: bigint;
  xmax: bigint;
  /** Transactions between xmin and xmax that are not consumed (ascending). */
  xip: bigint[];
  /** The last change handed out in the range not covered by the snapshot, if any. */
  last: { xid: bigint; seq: bigint } | null;
}

/** Whether a transaction's changes are consumed by the snapshot part (PostgreSQL's pg_visible_in_snapshot rule). */
export const consumedBySnapshot = (c: Checkpoint, xid: bigint): boolean => xid < c.xmin || (xid < c.xmax && !c.xip.includes(xid));

/** Most transactions one checkpoint may list as in progress (PostgreSQL's own limit is max_connections + prepared). */
const MAX_XIP = 10_000;
const VERSION = 1;

export function encodeCheckpoint(c: Checkpoint): string {
  const body: (string | number | string[] | null)[] = [
    VERSION,
    c.feed,
    c.xmin.toString(),
    c.xmax.toString(),
    c.xip.map(String),
    c.last ? `${c.last.xid}.${c.last.seq}` : null,
  ];
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const INT = /^(0|[1-9]\d{0,18})$/;
const BIGINT_MAX = 9223372036854775807n;

/** Reads a checkpoint sent by a client (BAD_USER_INPUT on `field` when it is not one of this feed). */
export function decodeCheckpoint(raw: string, feed: string, field: string): Checkpoint {
  const invalid = () => BadInput.field(field, 'is not a checkpoint of this change feed (send one the feed or an export gave you)');
  let parts: unknown;
  try {
    parts = /^[A-Za-z0-9_-]{1,200000}$/.test(raw) ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) : null;
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parts) || parts.length !== 6 || parts[0] !== VERSION) throw invalid();
  const [, f, n, x, p, l] = parts as unknown[];
  if (typeof f !== 'string' || typeof n !== 'string' || typeof x !== 'string' || !Array.isArray(p)) throw invalid();
  if (!INT.test(n) || !INT.test(x) || p.length > MAX_XIP || !p.every((v) => typeof v === 'string' && INT.test(v))) throw invalid();
  const c: Checkpoint = { feed: f, xmin: BigInt(n), xmax: BigInt(x), xip: (p as string[]).map(BigInt), last: null };
  if (l !== null) {
    const m = typeof l === 'string' ? /^(0|[1-9]\d{0,18})\.(0|[1-9]\d{0,18})$/.exec(l) : null;
    if (!m) throw invalid();
    c.last = { xid: BigInt(m[1]), seq: BigInt(m[2]) };
  }
  const ascending = c.xip.every((v, i) => i === 0 || v > c.xip[i - 1]);
  // Every number is read as a bigint by the feed's SQL: 19 digits may be more than one holds.
  const numbers = [c.xmin, c.xmax, ...c.xip, ...(c.last ? [c.last.xid, c.last.seq] : [])];
  if (numbers.some((v) => v > BIGINT_MAX)) throw invalid();
  if (c.xmin > c.xmax || !ascending || c.xip.some((v) => v < c.xmin || v >= c.xmax) || (c.last && c.last.xid < c.xmin)) {
    throw invalid();
  }
  if (c.feed !== feed) {
    throw BadInput.field(field, 'is a checkpoint of another registry’s change feed: export again from this registry and follow its feed');
  }
  return c;
}

/** The start of the feed: nothing consumed. */
export const startOfFeed = (feed: string): Checkpoint => ({ feed, xmin: 0n, xmax: 0n, xip: [], last: null });

/** After a page: the position just after one handed-out change. */
export const after = (c: Checkpoint, xid: bigint, seq: bigint): Checkpoint => ({ ...c, last: { xid, seq } });

/**
 * After a page that handed out every change below `bound`: everything below the bound is consumed, and so is whatever
 * the snapshot part already held; a shorter checkpoint that says exactly that.
 */
export function caughtUp(c: Checkpoint, bound: bigint): Checkpoint {
  const xmin = bound > c.xmin ? bound : c.xmin;
  const xmax = c.xmax > xmin ? c.xmax : xmin;
  return { feed: c.feed, xmin, xmax, xip: c.xip.filter((x) => x >= xmin), last: null };
}

/** A checkpoint from a PostgreSQL snapshot, as `pg_current_snapshot()::text` prints it ("xmin:xmax:xip,…"). */
export function fromSnapshot(feed: string, snapshot: string): Checkpoint {
  const m = /^(\d+):(\d+):([\d,]*)$/.exec(snapshot);
  if (!m) throw new Error(`not a snapshot: ${snapshot}`);
  return { feed, xmin: BigInt(m[1]), xmax: BigInt(m[2]), xip: m[3] ? m[3].split(',').map(BigInt) : [], last: null };
}
