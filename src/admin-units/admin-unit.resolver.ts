import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { UnitLevel, UnitStructure, versionOfStructure } from './admin-unit.enums';
import { AdministrativeUnit, UnitSuccession } from './admin-unit.types';
import { listUnits } from './admin-unit.service';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

/** How many units `administrativeUnits` can return for its arguments. */
function unitListSize(args: Record<string, unknown>): number {
  if (args.parentCode != null) return LIST_SIZES.unitChildren;
  const version = versionOfStructure((args.structure as UnitStructure | undefined) ?? UnitStructure.TWO_TIER_2025);
  return LIST_SIZES.units[version][(args.level as UnitLevel | null | undefined) ?? UnitLevel.PROVINCE];
}

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => [AdministrativeUnit], {
    complexity: listOf(unitListSize),
    description: 'Official administrative units of one structure (public reference data). Without `level` or `parentCode`: the provinces.',
  })
  administrativeUnits(
    @Ctx() ctx: RequestContext,
    @Arg('structure', () => UnitStructure, {
      defaultValue: UnitStructure.TWO_TIER_2025,
      description: 'Which structure; the current (two-tier, 2025) one by default.',
    })
    structure: UnitStructure,
    @Arg('level', () => UnitLevel, { nullable: true, description: 'Only units of this tier.' }) level: UnitLevel | null,
    @Arg('parentCode', () => String, { nullable: true, description: 'Only the direct children of this unit code.' })
    parentCode: string | null,
  ): Promise<AdministrativeUnit[]> {
    return listUnits(ctx, { version: versionOfStructure(structure), level, parentCode });
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit one tier up; null for a province.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return unit.row.parentCode ? ctx.loaders.units.byKey.load({ version: unit.row.version, code: unit.row.parentCode }) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The province the unit belongs to (itself for a province).' })
  async province(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.units.byKey.load({ version: unit.row.version, code: unit.row.provinceCode })) ?? unit;
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description: 'The units one tier down, by code.',
    complexity: listOf(LIST_SIZES.unitChildren),
  })
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return ctx.loaders.units.children.load({ version: unit.row.version, code: unit.code });
  }

  @FieldResolver(() => [UnitSuccession], {
    complexity: listOf(LIST_SIZES.unitSuccessors),
    description:
      'For a 2024 province or commune: the 2025 unit(s) it went into on 1 Jul 2025 (several when split, each marked full or partial). Empty for 2025 units and for districts.',
  })
  successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<UnitSuccession[]> | UnitSuccession[] {
    return unit.row.version === 2024 && unit.level !== UnitLevel.DISTRICT ? ctx.loaders.units.successors.load(unit.code) : [];
  }
}
