import type { FindOptionsWhere } from 'typeorm';
import type { RequestContext } from '../graphql/context';
import { UnitLevel } from './admin-unit.enums';
import { AdministrativeUnit, toAdministrativeUnit } from './admin-unit.types';
import { AdministrativeUnitRecord } from './administrative-unit.entity';

export async function listUnits(
  ctx: RequestContext,
  args: { version: 2024 | 2025; level?: UnitLevel | null; parentCode?: string | null },
): Promise<AdministrativeUnit[]> {
  // Without a parent or a level, the top tier: a client walks down with `children`.
  const where: FindOptionsWhere<AdministrativeUnitRecord> = { version: args.version };
  if (args.parentCode) where.parentCode = args.parentCode;
  if (args.level) where.level = args.level;
  else if (!args.parentCode) where.level = UnitLevel.PROVINCE;
  const rows = await ctx.manager.find(AdministrativeUnitRecord, { where, order: { code: 'ASC' } });
  return rows.map(toAdministrativeUnit);
}
