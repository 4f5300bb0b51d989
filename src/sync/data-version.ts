import type { EntityManager } from 'typeorm';

/**
 * A version of the registry's data as one snapshot sees it, for ETags: equal versions mean equal data.
 *
 * Every write to entities and licences records its transaction in `sync_commit` (the change feed's triggers,
 * migrations/1765100000000-ChangeFeed.ts; rows are never deleted). The writers a snapshot sees only grow from one
 * snapshot to a later one (a committed transaction stays committed), so their number names the set: two snapshots that
 * see as many writers see the same ones, hence the same data. A write that commits later, even one that started before
 * writes already seen (time stamps miss those), adds one.
 *
 * Counting every row each time would read them all. The rows below the snapshot's `xmin` are settled (every transaction
 * below it has ended, and an aborted one left no row), so their number is kept per database and only the rows since
 * are counted: two index range scans of the few transactions since the last call. Unlike `xmin` itself (which moves
 * with any transaction of the cluster, in any database), the number changes only when this registry's data does.
 * Reference lists (units, authorities) are not covered: they change only by migrations and seeds, with a restart.
 */
const settled = new WeakMap<object, { below: bigint; count: number }>();

export async function dataVersion(manager: EntityManager): Promise<string> {
  const known = settled.get(manager.connection) ?? { below: 0n, count: 0 };
  const [v] = (await manager.query(
    `WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
     SELECT s.xmin::text AS xmin,
            (SELECT count(*) FROM sync_commit WHERE xid >= $1::bigint)::int AS above,
            (SELECT count(*) FROM sync_commit WHERE xid >= $1::bigint AND xid < s.xmin)::int AS newly_settled
       FROM s`,
    [String(known.below)],
  )) as { xmin: string; above: number; newly_settled: number }[];
  const xmin = BigInt(v.xmin);
  if (xmin < known.below) {
    // Never expected (a snapshot's xmin does not go back); counted in full rather than trusted.
    const [all] = (await manager.query(`SELECT count(*)::int AS n FROM sync_commit`)) as { n: number }[];
    return `w${all.n}`;
  }
  const current = settled.get(manager.connection);
  if (!current || current.below < xmin) settled.set(manager.connection, { below: xmin, count: known.count + v.newly_settled });
  return `w${known.count + v.above}`;
}
