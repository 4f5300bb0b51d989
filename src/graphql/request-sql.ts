import { GraphQLError } from 'graphql';
import type { PoolClient, QueryResult } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The error of every statement of a request its client abandoned (it went away, or the request timed out). */
export class AbandonedRequestError extends GraphQLError {
  constructor() {
    super('The request was abandoned (the client went away or it timed out); its SQL was cancelled', { extensions: { code: 'TIMEOUT' } });
  }
}

export function abandonedRequest(): GraphQLError {
  return new AbandonedRequestError();
}

/**
 * The SQL a request sends through its manager (`ctx.manager`, and so every loader and list of the request):
 * - counted (`statements`), for the Server-Timing header and the tests that hold each query to 1 + its depth;
 * - cancelled when the request is abandoned (`abandon()`: the HTTP client went away, or the request timed out):
 *   each statement still running gets `pg_cancel_backend` through the control connection, and none starts after.
 *   A connection that was sent a cancel is closed rather than returned to the pool, so a cancel that lands late never
 *   hits the next request's statement.
 *
 * Only `manager.query` (the hand-written SQL of the read paths) goes through here. A transaction (`inTransaction`) has
 * its own manager: a write is never cancelled half-way by a client that left; its timeouts bound it.
 */
export class RequestSql {
  statements = 0;
  /** Milliseconds the request's statements took, summed (they may overlap). */
  millis = 0;
  readonly manager: EntityManager;
  private abandoned = false;
  private readonly running = new Set<PoolClient>();
  private readonly cancelled = new WeakSet<PoolClient>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly cancelBackend: (pid: number) => Promise<void>,
  ) {
    const manager = dataSource.createEntityManager();
    manager.query = <T>(sql: string, parameters?: unknown[]) => this.query(sql, parameters) as Promise<T>;
    this.manager = manager;
  }

  get isAbandoned(): boolean {
    return this.abandoned;
  }

  /** What `EntityManager.query` does, on a connection of the same pool: rows (UPDATE/DELETE: [rows, count]), its errors. */
  private async query(sql: string, parameters?: unknown[]): Promise<unknown> {
    if (this.abandoned) throw abandonedRequest();
    this.statements++;
    const started = performance.now();
    const [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
      PoolClient,
      (err?: Error) => void,
    ];
    let raw: QueryResult;
    try {
      if (this.abandoned) throw abandonedRequest();
      this.running.add(client);
      raw = await client.query(sql, parameters);
    } catch (e) {
      if (this.abandoned) throw abandonedRequest();
      throw e instanceof GraphQLError ? e : new QueryFailedError(sql, parameters, e as Error);
    } finally {
      this.running.delete(client);
      this.millis += performance.now() - started;
      release(this.cancelled.has(client) ? new Error('statement cancelled: connection closed') : undefined);
    }
    return raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows;
  }

  /** Cancels what runs and refuses what would start. */
  abandon(): void {
    if (this.abandoned) return;
    this.abandoned = true;
    for (const client of this.running) {
      const pid = (client as PoolClient & { processID?: number }).processID;
      if (!pid) continue;
      this.cancelled.add(client);
      void this.cancelBackend(pid);
    }
  }
}
