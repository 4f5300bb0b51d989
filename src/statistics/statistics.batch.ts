import type { DataSource, EntityManager } from 'typeorm';

/**
 * The SQL of one `statistics` request, sent as ONE statement (issue 12, speed): every field of a dashboard (entity
 * counts, licence counts, series, expiring soon and its first page) queues its query here, and once the fields of the
 * request have all been started (the next turn of the event loop) the queued queries go together as the columns of a
 * single SELECT, each one's rows as JSON:
 *
 *     SELECT pg_current_snapshot()::text, txid_current_if_assigned() IS NULL,
 *            (SELECT coalesce(json_agg(t), '[]')::text FROM (<query 1>) t), …
 *
 * One statement is one snapshot: all the figures of a dashboard are of the same instant (before, each field read its
 * own), and the request makes one round trip instead of ten (each round trip cost ~1.6 ms of Node CPU in `writev`
 * alone on the bench machine, and a pool connection).
 *
 * The exact cache: the answer of a query is a function of its SQL text, its parameters and the data its statement
 * sees; the data a statement sees is a function of its snapshot (`pg_current_snapshot()`: xmin, xmax and the
 * transactions in progress — the same text means the same set of committed transactions, so the same rows), provided
 * the statement's own transaction has written nothing (`txid_current_if_assigned()` is null). The queries sent here
 * read tables and call STABLE or IMMUTABLE functions only (which read with the statement's snapshot; no `now()`: today
 * is a parameter), so a query answered under snapshot S can be answered again from
 * memory by any later statement whose snapshot is S. That is decided inside the statement itself:
 *
 *     CASE WHEN pg_current_snapshot()::text = $S AND txid_current_if_assigned() IS NULL THEN NULL ELSE (<query>) END
 *
 * PostgreSQL evaluates a CASE branch (and the subquery in it) only when it is taken, so a query whose answer is known
 * for the statement's snapshot is not run at all, and one whose answer is not known (any write committed since, by
 * anyone) is run on the spot — still one statement. A write is therefore visible in the very next request: committing
 * it changes every later snapshot. STATISTICS_CACHE=off turns the cache off (the bench measures both ways).
 */
export interface StatisticsSql {
  /** The rows of `sql` (numbered parameters `$1…` of `params`), as JSON values: numbers, strings, nested JSON. */
  query<T>(sql: string, params: unknown[], revive?: (row: T) => T): Promise<T[]>;
}

interface Queued {
  sql: string;
  params: unknown[];
  key: string;
  revive?: (row: never) => unknown;
  resolve: (rows: unknown[]) => void;
  reject: (e: unknown) => void;
}

/** Answers by query (SQL text and parameters): the snapshot they were computed under and the rows as JSON text. */
class SnapshotCache {
  private readonly entries = new Map<string, { snapshot: string; json: string }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): { snapshot: string; json: string } | undefined {
    const e = this.entries.get(key);
    if (e) {
      // Most recently used last (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, snapshot: string, json: string): void {
    const size = key.length + json.length;
    if (size > this.maxBytes / 16) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= key.length + old.json.length;
      this.entries.delete(key);
    }
    this.entries.set(key, { snapshot, json });
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= k.length + e.json.length;
    }
  }
}

const caches = new WeakMap<DataSource, SnapshotCache>();

/** The cache of a database (one per DataSource: snapshots of different databases are not comparable). */
function cacheOf(dataSource: DataSource): SnapshotCache | null {
  if (/^(off|0|false|no)$/i.test(process.env.STATISTICS_CACHE ?? '')) return null;
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new SnapshotCache(2000, 32 * 1024 * 1024)));
  return cache;
}

/**
 * `sql` with its numbered parameters `$n` renumbered after those already in `values`, which get the ones it refers to
 * (a parameter it does not refer to is left out: the statement could not type it). The queries here hold no `$` in
 * literals or identifiers.
 */
function appendQuery(sql: string, params: unknown[], values: unknown[]): string {
  const numbers = new Map<string, string>();
  return sql.replace(/\$(\d+)/g, (_m, n: string) => {
    let renumbered = numbers.get(n);
    if (!renumbered) {
      values.push(params[Number(n) - 1]);
      numbers.set(n, (renumbered = `$${values.length}`));
    }
    return renumbered;
  });
}

export class StatisticsBatch implements StatisticsSql {
  private queued: Queued[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly cache: SnapshotCache | null = cacheOf(manager.dataSource),
  ) {}

  query<T>(sql: string, params: unknown[], revive?: (row: T) => T): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      const key = `${sql}\u0000${JSON.stringify(params)}`;
      this.queued.push({ sql, params, key, revive: revive as Queued['revive'], resolve: resolve as Queued['resolve'], reject });
      // The fields of one object are started in one turn of the event loop (their resolvers await nothing slow
      // before they queue): all of them are sent together at the next one.
      if (this.queued.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    const values: unknown[] = [];
    const known = batch.map((q) => this.cache?.get(q.key));
    const columns = batch.map((q, i) => {
      const sub = `(SELECT coalesce(json_agg(t), '[]')::text FROM (${appendQuery(q.sql, q.params, values)}) t)`;
      const k = known[i];
      if (!k) return `${sub} AS q${i}`;
      values.push(k.snapshot);
      return `CASE WHEN pg_current_snapshot()::text = $${values.length} AND txid_current_if_assigned() IS NULL THEN NULL ELSE ${sub} END AS q${i}`;
    });
    let row: Record<string, string | boolean | null>;
    try {
      [row] = (await this.manager.query(
        `SELECT pg_current_snapshot()::text AS snapshot, txid_current_if_assigned() IS NULL AS shareable, ${columns.join(', ')}`,
        values,
      )) as Record<string, string | boolean | null>[];
    } catch (e) {
      for (const q of batch) q.reject(e);
      return;
    }
    const snapshot = row.snapshot as string;
    batch.forEach((q, i) => {
      try {
        let json = row[`q${i}`] as string | null;
        if (json === null) json = known[i]!.json;
        else if (row.shareable && this.cache) this.cache.set(q.key, snapshot, json);
        const rows = JSON.parse(json) as never[];
        q.resolve(q.revive ? rows.map(q.revive) : rows);
      } catch (e) {
        q.reject(e);
      }
    });
  }
}
