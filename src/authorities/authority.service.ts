import type { RequestContext } from '../graphql/context';
import { AuthorityLevel } from './authority.enums';
import { AuthorityRecord } from './authority.entity';
import { Authority, toAuthority } from './authority.types';

/** Ministries first, then down the tiers (the order of AuthorityLevel is not the hierarchy). */
const TIER_ORDER = `CASE a.level WHEN 'MINISTRY' THEN 1 WHEN 'MINISTRY_DEPARTMENT' THEN 2 WHEN 'PROVINCIAL_PEOPLES_COMMITTEE' THEN 3
  WHEN 'PROVINCIAL_DEPARTMENT' THEN 4 WHEN 'DISTRICT_PEOPLES_COMMITTEE' THEN 5 ELSE 6 END`;

export async function listAuthorities(
  ctx: RequestContext,
  args: { validOn?: string | null; level?: AuthorityLevel | null },
): Promise<Authority[]> {
  const q = ctx.manager.createQueryBuilder(AuthorityRecord, 'a');
  if (args.validOn) q.andWhere('a.validFrom <= :validOn AND (a.validTo IS NULL OR a.validTo >= :validOn)', { validOn: args.validOn });
  if (args.level) q.andWhere('a.level = :level', { level: args.level });
  const rows = await q.orderBy(TIER_ORDER).addOrderBy('a.code').getMany();
  return rows.map(toAuthority);
}
