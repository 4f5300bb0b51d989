import DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { groupBy } from '../graphql/batch';
import { AuthorityFunctionRecord, AuthorityRecord } from './authority.entity';
import { Authority, toAuthority } from './authority.types';

/** Authorities are public reference data: no jurisdiction applies. */
export function createAuthorityLoaders(manager: EntityManager) {
  const byCode = new DataLoader<string, Authority | null>(async (codes) => {
    const rows = await manager.findBy(AuthorityRecord, { code: In(codes) });
    const map = new Map(rows.map((r) => [r.code, toAuthority(r)]));
    return codes.map((c) => map.get(c) ?? null);
  });
  /** The fields of state each authority handled, and when (AuthorityFunction reads the rows as they are). */
  const functions = new DataLoader<string, AuthorityFunctionRecord[]>(async (codes) => {
    const rows = await manager.find(AuthorityFunctionRecord, {
      where: { authorityCode: In(codes) },
      order: { function: 'ASC', validFrom: 'ASC' },
    });
    const byAuthority = groupBy(rows, (r) => r.authorityCode);
    return codes.map((c) => byAuthority.get(c) ?? []);
  });
  return { byCode, functions };
}
export type AuthorityLoaders = ReturnType<typeof createAuthorityLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    authorities: AuthorityLoaders;
  }
}
