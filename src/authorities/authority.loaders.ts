import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupBy } from '../graphql/batch';
import { columnsOf } from '../graphql/sql';
import { AuthorityFunctionRecord, AuthorityRecord } from './authority.entity';
import { Authority, toAuthority } from './authority.types';

/** Authorities are public reference data: no jurisdiction applies. */
export function createAuthorityLoaders(manager: EntityManager) {
  // Hand-written (typed by the entity classes): these run under every licence and event of a page.
  const byCode = new DataLoader<string, Authority | null>(async (codes) => {
    const rows = (await manager.query(
      `SELECT ${columnsOf(manager, AuthorityRecord, 'a')} FROM authority a WHERE a.code = ANY($1::text[])`,
      [codes],
    )) as AuthorityRecord[];
    const map = new Map(rows.map((r) => [r.code, toAuthority(r)]));
    return codes.map((c) => map.get(c) ?? null);
  });
  /** The fields of state each authority handled, and when (AuthorityFunction reads the rows as they are). */
  const functions = new DataLoader<string, AuthorityFunctionRecord[]>(async (codes) => {
    const rows = (await manager.query(
      `SELECT ${columnsOf(manager, AuthorityFunctionRecord, 'f')} FROM authority_function f
        WHERE f.authority_code = ANY($1::text[]) ORDER BY f.function, f.valid_from`,
      [codes],
    )) as AuthorityFunctionRecord[];
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
