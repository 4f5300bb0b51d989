import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../graphql/context';
import { BadInput } from '../graphql/errors';
import { SqlParams } from '../graphql/sql';
import { Checkpoint, after, caughtUp, decodeCheckpoint, encodeCheckpoint, startOfFeed } from './checkpoint';
import { ChangeConnection, ChangeRow } from './change.types';
import { toChange } from './change.mapper';
import { SyncFeedRecord } from './sync.entity';

export const DEFAULT_CHANGES_PAGE = 100;
/** A page of the feed holds at most this many changes (the benchmark's page). */
export const MAX_CHANGES_PAGE = 1000;

const feedIds = new WeakMap<DataSource, Promise<string>>();

/** This registry's feed identity (one row of sync_feed, created on first use; the same for every process). */
export function feedId(manager: EntityManager): Promise<string> {
  const ds = manager.dataSource;
  let id = feedIds.get(ds);
  if (!id) {
    id = (async () => {
      const read = () => manager.findOneBy(SyncFeedRecord, { singleton: true });
      const existing = await read();
      if (existing) return existing.id;
      await manager.createQueryBuilder().insert().into(SyncFeedRecord).values({ singleton: true, id: randomUUID() }).orIgnore().execute();
      return (await read())!.id;
    })();
    // A failure (database away) is not remembered.
    id.catch(() => feedIds.delete(ds));
    feedIds.set(ds, id);
  }
  return id;
}

/** The position the feed starts from when `after` is absent, or the client's checkpoint. */
export async function checkpointOf(manager: EntityManager, raw: string | null | undefined, field: string): Promise<Checkpoint> {
  const feed = await feedId(manager);
  return raw == null ? startOfFeed(feed) : decodeCheckpoint(raw, feed, field);
}

/** One page of the change feed after a checkpoint (see src/sync/checkpoint.ts for why it never skips nor repeats). */
export async function readChanges(ctx: RequestContext, args: { after?: string | null; first?: number | null }): Promise<ChangeConnection> {
  const limit = args.first ?? DEFAULT_CHANGES_PAGE;
  if (limit < 0 || limit > MAX_CHANGES_PAGE) throw BadInput.field('first', `must be from 0 to ${MAX_CHANGES_PAGE}`);
  const from = await checkpointOf(ctx.manager, args.after, 'after');

  const p = new SqlParams();
  // Without a last change the lower end is the snapshot's xmin: (xid, seq) > (xmin - 1, max) is xid >= xmin.
  const lastXid = p.add(String(from.last ? from.last.xid : from.xmin - 1n), 'bigint');
  const lastSeq = p.add(from.last ? String(from.last.seq) : '9223372036854775807', 'bigint');
  const xmax = p.add(String(from.xmax), 'bigint');
  const xip = p.add(from.xip.map(String), 'bigint[]');
  const rows = (await ctx.manager.query(
    `SELECT b.bound::text AS bound, b.next::text AS next, c.xid::text AS xid, c.seq::text AS seq, c.kind,
            c.record_id AS "recordId", c.event_id AS "eventId", t.committed_at AS "committedAt"
       FROM (SELECT pg_snapshot_xmin(s)::text::bigint AS bound, pg_snapshot_xmax(s)::text::bigint AS next
               FROM pg_current_snapshot() s) b
       LEFT JOIN LATERAL (
         SELECT c.* FROM sync_change c
          WHERE c.xid < b.bound AND (c.xid, c.seq) > (${lastXid}, ${lastSeq}) AND (c.xid >= ${xmax} OR c.xid = ANY(${xip}))
          ORDER BY c.xid, c.seq
          LIMIT ${p.add(limit + 1, 'int')}) c ON true
       LEFT JOIN sync_commit t ON t.xid = c.xid
      ORDER BY c.xid, c.seq`,
    p.values,
  )) as (ChangeRow & { bound: string; next: string })[];

  const bound = BigInt(rows[0].bound);
  // A checkpoint beyond every transaction this database has started was never issued by it.
  if (from.xmax > BigInt(rows[0].next) || (from.last && from.last.xid >= BigInt(rows[0].next))) {
    throw BadInput.field('after', 'is not a checkpoint of this change feed (it lies beyond its last change)');
  }
  const changes = rows.filter((r) => r.xid !== null);
  const more = changes.length > limit;
  const page = changes.slice(0, limit);
  const edges = page.map((r) => ({
    cursor: encodeCheckpoint(after(from, BigInt(r.xid), BigInt(r.seq))),
    node: toChange(r),
  }));
  const last = page[page.length - 1];
  const next = more ? (last ? after(from, BigInt(last.xid), BigInt(last.seq)) : from) : caughtUp(from, bound);
  return {
    edges,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    checkpoint: encodeCheckpoint(next),
  };
}
