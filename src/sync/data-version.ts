import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * A version of the registry's data as one snapshot sees it, for ETags: equal versions mean equal data.
 *
 * Every write to entities and licences records its transaction in `sync_commit` (the change feed's triggers,
 * migrations/1765100000000-ChangeFeed.ts). What a snapshot sees is fixed by its `xmin` (every transaction below it has
 * ended, so what it wrote is settled) and by which writing transactions at or above `xmin` it sees as committed, which
 * are the `sync_commit` rows at or above `xmin` visible to it. A write that commits later was running at the first
 * read, so it is at or above that xmin: either xmin moves or the list of visible writers grows, and the version changes.
 * Time stamps cannot do this (a long transaction commits rows stamped before rows already seen).
 *
 * One index range scan of the few transactions since the oldest one still running. Reads that write nothing (the
 * public's) leave it unchanged; the version may change without the data changing (a write elsewhere moved xmin), which
 * costs a download, never a stale answer. Reference lists (units, authorities) are not covered: they change only by
 * migrations and seeds, with a restart.
 */
export async function dataVersion(manager: EntityManager): Promise<string> {
  const [v] = (await manager.query(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
            (SELECT coalesce(string_agg(xid::text, ',' ORDER BY xid), '') FROM sync_commit
              WHERE xid >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint) AS writers`,
  )) as { xmin: string; writers: string }[];
  return createHash('sha256').update(`${v.xmin}:${v.writers}`).digest('base64url').slice(0, 22);
}
