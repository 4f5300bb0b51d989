import type { RequestContext } from '../graphql/context';
import { AdministrativeUnit, toAdministrativeUnit, UnitLevel, UnitRow } from './admin-unit.types';
import { SqlParams } from '../graphql/sql';

export async function listUnits(
  ctx: RequestContext,
  args: { version: 2024 | 2025; level?: UnitLevel | null; parentCode?: string | null },
): Promise<AdministrativeUnit[]> {
  const p = new SqlParams();
  const where = [`version = ${p.add(args.version)}`];
  if (args.parentCode) where.push(`parent_code = ${p.add(args.parentCode)}`);
  // Without a parent or a level, the top tier: a client walks down with `children`.
  if (args.level) where.push(`level = ${p.add(args.level)}`);
  else if (!args.parentCode) where.push(`level = 'PROVINCE'`);
  const rows = (await ctx.manager.query(
    `SELECT version, code, level, name, full_name, name_en, unit_type, parent_code, province_code
       FROM administrative_unit WHERE ${where.join(' AND ')} ORDER BY code`,
    p.values,
  )) as UnitRow[];
  return rows.map(toAdministrativeUnit);
}
