import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import type { RequestSql } from './request-sql';
import type { AskedFields } from './selection';

/**
 * The DataLoaders of one request (or of one transaction in it). Each feature adds its own to this interface in its
 * `*.loaders.ts` (declaration merging), and src/api/loaders.ts builds them all: this ground floor knows none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the features (declaration merging)
export interface Loaders {}

/**
 * What the loaders of one scope are bound to: its manager (the request's, or a transaction's), who asks, and the fields
 * the operation asks (read when a batch runs: set once the operation is known).
 */
export type LoaderScope = Pick<RequestContext, 'manager' | 'viewer' | 'fields'>;
export type LoaderFactory = (scope: LoaderScope) => Loaders;

/** Who is asking, in which transaction, with which per-request loaders (passed first to every service). */
export interface RequestContext {
  viewer: Viewer;
  config: Config;
  requestId: string;
  dataSource: DataSource;
  manager: EntityManager;
  loaders: Loaders;
  /** Builds the loaders again for a transaction, so that they read through its manager. */
  createLoaders: LoaderFactory;
  log: Logger;
  /** The request's SQL, counted and cancellable (src/graphql/request-sql.ts); `manager` is its manager when present. */
  sql?: RequestSql;
  /** The fields the operation asks of each type (src/graphql/selection.ts), once it is known; absent: read everything. */
  fields?: AskedFields;
  /**
   * The same, for the request's loaders: Apollo runs each operation on a shallow copy of the context, so what the
   * operation sets on its copy reaches the loaders (bound when the context was made) through this shared box.
   */
  asked?: { fields?: AskedFields };
}

/** The context of one request; the app hands in the loader factory (src/api/loaders.ts). */
export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'manager'>): RequestContext {
  const asked: { fields?: AskedFields } = {};
  const ctx = { ...base, manager: base.sql?.manager ?? base.dataSource.manager, asked } as RequestContext;
  ctx.loaders = ctx.createLoaders({
    manager: ctx.manager,
    viewer: ctx.viewer,
    get fields() {
      return asked.fields;
    },
  });
  return ctx;
}

/** Runs `work` in one transaction; every write of a mutation goes through here. */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.dataSource.transaction(async (manager) => {
    // A transaction's loaders read whole rows: what a write reads back is audited, not only what the client asked.
    const tx = { ...ctx, manager, fields: undefined } as RequestContext;
    tx.loaders = ctx.createLoaders(tx);
    return work(tx);
  });
}
