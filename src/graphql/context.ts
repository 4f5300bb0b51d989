import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import { createLoaders, Loaders } from './loaders';

/** Who is asking, in which transaction, with which per-request loaders (passed first to every service). */
export interface RequestContext {
  viewer: Viewer;
  config: Config;
  requestId: string;
  dataSource: DataSource;
  manager: EntityManager;
  loaders: Loaders;
  log: Logger;
}

export function createRequestContext(base: Omit<RequestContext, 'loaders' | 'manager'>): RequestContext {
  const ctx = { ...base, manager: base.dataSource.manager } as RequestContext;
  ctx.loaders = createLoaders(ctx);
  return ctx;
}

/** Runs `work` in one transaction; every write of a mutation goes through here. */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  return ctx.dataSource.transaction(async (manager) => {
    const tx = { ...ctx, manager } as RequestContext;
    tx.loaders = createLoaders(tx);
    return work(tx);
  });
}
