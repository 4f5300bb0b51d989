import type { RequestContext } from '../graphql/context';
import { SqlParams } from '../graphql/sql';
import { AUTHORITY_COLUMNS } from './authority.loaders';
import { Authority, AuthorityLevel, AuthorityRow, toAuthority } from './authority.types';

export async function listAuthorities(
  ctx: RequestContext,
  args: { validOn?: string | null; level?: AuthorityLevel | null },
): Promise<Authority[]> {
  const p = new SqlParams();
  const where: string[] = [];
  if (args.validOn) {
    const d = p.add(args.validOn, 'date');
    where.push(`valid_from <= ${d} AND (valid_to IS NULL OR valid_to >= ${d})`);
  }
  if (args.level) where.push(`level = ${p.add(args.level)}`);
  const rows = (await ctx.manager.query(
    `SELECT ${AUTHORITY_COLUMNS} FROM authority ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY CASE level WHEN 'MINISTRY' THEN 1 WHEN 'MINISTRY_DEPARTMENT' THEN 2 WHEN 'PROVINCIAL_PEOPLES_COMMITTEE' THEN 3
        WHEN 'PROVINCIAL_DEPARTMENT' THEN 4 WHEN 'DISTRICT_PEOPLES_COMMITTEE' THEN 5 ELSE 6 END, code`,
    p.values,
  )) as AuthorityRow[];
  return rows.map(toAuthority);
}
