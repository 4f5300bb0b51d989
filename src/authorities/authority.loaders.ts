import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { Authority, AuthorityFunction, AuthorityRow, toAuthority } from './authority.types';

export const AUTHORITY_COLUMNS = 'code, name, level, province_code, unit_version, unit_code, valid_from, valid_to, successor_code, note';

/** Authorities are public reference data: no jurisdiction applies. */
export function createAuthorityLoaders(manager: EntityManager) {
  const byCode = new DataLoader<string, Authority | null>(async (codes) => {
    const rows = (await manager.query(`SELECT ${AUTHORITY_COLUMNS} FROM authority WHERE code = ANY($1::text[])`, [
      codes,
    ])) as AuthorityRow[];
    const map = new Map(rows.map((r) => [r.code, toAuthority(r)]));
    return codes.map((c) => map.get(c) ?? null);
  });
  const functions = new DataLoader<string, AuthorityFunction[]>(async (codes) => {
    const rows = (await manager.query(
      `SELECT authority_code, function, valid_from AS "validFrom", valid_to AS "validTo" FROM authority_function
        WHERE authority_code = ANY($1::text[]) ORDER BY function, valid_from`,
      [codes],
    )) as (AuthorityFunction & { authority_code: string })[];
    return codes.map((c) => rows.filter((r) => r.authority_code === c).map(({ authority_code: _code, ...f }) => f));
  });
  return { byCode, functions };
}
export type AuthorityLoaders = ReturnType<typeof createAuthorityLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    authorities: AuthorityLoaders;
  }
}
