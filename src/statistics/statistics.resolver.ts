import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { READ_ROLES } from '../auth/roles';
import { EntityKind, EntityStatus } from '../entities/entity-kind';
import { connectionTypes, ConnectionValue, PageArgsType } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { addMonths, todayInVietnam } from '../graphql/dates';
import { listOf } from '../graphql/limits';
import { LIST_SIZES } from '../graphql/list-sizes';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import { LICENSE_TYPES } from '../reference/license-types';
import { Interval, periods } from './calendar';
import {
  EntityCountDimension,
  LicenseCountDimension,
  LicenseStep,
  LicenseStepDimension,
  StatisticsInterval,
  StatisticsUnitLevel,
} from './statistics.enums';
import { resolveScope, scopeUnit } from './statistics.scope';
import {
  asOfDate,
  entityCounts,
  expiringCounts,
  expiringLicenses,
  gamePointLists,
  licenseCounts,
  licenseSteps,
  MAX_SERIES_YEARS,
} from './statistics.service';
import {
  EntityCountBucket,
  ExpiringLicense,
  ExpiringLicenseCountBucket,
  GamePointListBucket,
  LicenseCountBucket,
  LicenseStepBucket,
  Statistics,
} from './statistics.types';

export const { ConnectionType: ExpiringLicenseConnection } = connectionTypes(ExpiringLicense, 'ExpiringLicense', 'expiring licence');

@InputType('StatisticsFilter', { description: 'What every figure of `statistics` covers.' })
export class StatisticsFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'One unit of the registry: the province (2 digits), a 2024 district (3 digits) or a 2025 commune (5 digits). A local office may name only its own unit; any other, or an unknown code, is NOT_FOUND.',
  })
  @IsOptional()
  @Length(1, 10)
  unitCode?: string | null;

  @Field(() => [EntityKind], { nullable: true, description: 'Only entities (and holders of licences) of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: EntityKind[] | null;

  @Field(() => [LicenseType], { nullable: true, description: 'Only licences of these types (licence figures).' })
  @IsOptional()
  @ArrayMaxSize(50)
  licenseTypes?: LicenseType[] | null;
}

// ------------------------------------------------------------------------- the cost model: most buckets per field

const KINDS = Object.keys(EntityKind).length;
const TYPES = Object.keys(LicenseType).length;
/** (kind, licence type) pairs a licence can have: each type applies to a few kinds. */
const KIND_TYPE_PAIRS = Math.max(
  TYPES,
  LICENSE_TYPES.reduce((n, t) => n + t.entityKinds.length, 0),
);
const unitBuckets = (level: unknown) => (level === StatisticsUnitLevel.PROVINCE ? 1 : LIST_SIZES.unitChildren + 1);
const GROUNDS = LIST_SIZES.revocationGroundsPerType * TYPES;

function licenseKeys(groupBy: unknown, level: unknown, statuses: number): number {
  const g = new Set(Array.isArray(groupBy) ? (groupBy as string[]) : []);
  let n = g.has('KIND') && g.has('LICENSE_TYPE') ? KIND_TYPE_PAIRS : g.has('KIND') ? KINDS : g.has('LICENSE_TYPE') ? TYPES : 1;
  if (g.has('STATUS')) n *= statuses;
  if (g.has('UNIT')) n *= unitBuckets(level);
  return n;
}

function periodCount(args: Record<string, unknown>): number {
  const { from, to, interval } = args;
  if (typeof from === 'string' && typeof to === 'string' && from <= to && to <= addMonths(from, 12 * MAX_SERIES_YEARS)) {
    return periods(from, to, (interval as Interval | undefined) ?? 'MONTH').length;
  }
  // Defaults (12 months), or a period refused before anything runs: priced at the longest allowed.
  if (from === undefined && to === undefined) return 13;
  return interval === 'WEEK' ? 53 * MAX_SERIES_YEARS + 1 : interval === 'YEAR' ? MAX_SERIES_YEARS + 1 : 12 * MAX_SERIES_YEARS + 1;
}

function stepKeys(args: Record<string, unknown>): number {
  const g = new Set(Array.isArray(args.groupBy) ? (args.groupBy as string[]) : ['STEP']);
  const steps = Array.isArray(args.steps) && args.steps.length ? args.steps.length : Object.keys(LicenseStep).length;
  let n = g.has('KIND') && g.has('LICENSE_TYPE') ? KIND_TYPE_PAIRS : g.has('KIND') ? KINDS : g.has('LICENSE_TYPE') ? TYPES : 1;
  // Grounds belong to a type (and to REVOKED steps only; the others have none).
  const grounds = 1 + (g.has('LICENSE_TYPE') ? LIST_SIZES.revocationGroundsPerType : GROUNDS);
  n *= g.has('STEP') && g.has('GROUND') ? steps - 1 + grounds : g.has('STEP') ? steps : g.has('GROUND') ? grounds : 1;
  if (g.has('UNIT')) n *= unitBuckets(args.unitLevel);
  return n;
}

/** Default series: the last twelve months, this one included. */
const defaultFrom = (to: string) => addMonths(`${to.slice(0, 7)}-01`, -11);

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, {
    description:
      'Figures for dashboards and reports (Department staff, local offices, national systems; PUBLIC: the public game-point lists only), in the caller’s scope exactly as `entities`. One request can ask for every figure of a dashboard.',
  })
  async statistics(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => StatisticsFilter, { nullable: true, description: 'Unit, kinds and licence types of every figure.' })
    filter: StatisticsFilter | null,
  ): Promise<Statistics> {
    const scope = await resolveScope(ctx, filter ?? {});
    const unit = scopeUnit(scope);
    return { scope, unitLevel: unit.level, unitCode: unit.code, unitName: unit.name, today: todayInVietnam() };
  }

  @Authorized(READ_ROLES)
  @FieldResolver(() => [EntityCountBucket], {
    description:
      'Entities by any combination of kind, registry status and unit, as they stand now. Grouped by UNIT, every entity is counted under the level asked for: a 2024 address under its 2025 commune through the official ward mapping, and the entities that cannot be placed at that level in a bucket of their own (`unmapped`).',
    complexity: listOf((a) => {
      const g = new Set(Array.isArray(a.groupBy) ? (a.groupBy as string[]) : []);
      return (g.has('KIND') ? KINDS : 1) * (g.has('STATUS') ? 2 : 1) * (g.has('UNIT') ? unitBuckets(a.unitLevel ?? 'COMMUNE') : 1);
    }),
  })
  entityCounts(
    @Root() s: Statistics,
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [EntityCountDimension], { defaultValue: [], description: 'Keys to group by (none: one total).' })
    groupBy: EntityCountDimension[],
    @Arg('unitLevel', () => StatisticsUnitLevel, { defaultValue: StatisticsUnitLevel.COMMUNE, description: 'The tier of UNIT.' })
    unitLevel: StatisticsUnitLevel,
    @Arg('statuses', () => [EntityStatus], {
      nullable: true,
      description: 'Registry statuses counted; ACTIVE only by default, as `entities`.',
    })
    statuses: EntityStatus[] | null,
  ): Promise<EntityCountBucket[]> {
    return entityCounts(ctx, s.scope, { groupBy, unitLevel, statuses });
  }

  @Authorized(READ_ROLES)
  @FieldResolver(() => [LicenseCountBucket], {
    description: 'Licences by any combination of holder kind, type, status on `asOf` (EXPIRED derived from the date) and unit.',
    complexity: listOf((a) => licenseKeys(a.groupBy ?? ['LICENSE_TYPE', 'STATUS'], a.unitLevel, Object.keys(LicenseStatus).length)),
  })
  licenseCounts(
    @Root() s: Statistics,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date; today in Việt Nam by default.' }) asOf: string | null,
    @Arg('groupBy', () => [LicenseCountDimension], {
      defaultValue: [LicenseCountDimension.LICENSE_TYPE, LicenseCountDimension.STATUS],
      description: 'Keys to group by (none: one total).',
    })
    groupBy: LicenseCountDimension[],
    @Arg('unitLevel', () => StatisticsUnitLevel, { nullable: true, description: 'The tier of UNIT (the province by default).' })
    unitLevel: StatisticsUnitLevel | null,
    @Arg('statuses', () => [LicenseStatus], { nullable: true, description: 'Only these statuses (all by default).' })
    statuses: LicenseStatus[] | null,
  ): Promise<LicenseCountBucket[]> {
    return licenseCounts(ctx, s.scope, { asOf: asOfDate(asOf), groupBy, unitLevel, statuses });
  }

  @Authorized(READ_ROLES)
  @FieldResolver(() => [LicenseStepBucket], {
    description: `A time series: how many licences were issued, renewed, suspended, reinstated, revoked (by ground), surrendered and expired (and amended, reissued) in each week, month or year from \`from\` to \`to\` (at most ${MAX_SERIES_YEARS} years). Every period appears, with zeros, for each combination of keys.`,
    complexity: listOf((a) => periodCount(a) * stepKeys(a)),
  })
  licenseSteps(
    @Root() s: Statistics,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDateResolver, {
      nullable: true,
      description: 'First day; the first day of the month eleven months before `to` by default.',
    })
    from: string | null,
    @Arg('to', () => LocalDateResolver, { nullable: true, description: 'Last day; today by default.' }) to: string | null,
    @Arg('interval', () => StatisticsInterval, { defaultValue: StatisticsInterval.MONTH, description: 'The period.' })
    interval: StatisticsInterval,
    @Arg('groupBy', () => [LicenseStepDimension], { defaultValue: [LicenseStepDimension.STEP], description: 'Keys besides the period.' })
    groupBy: LicenseStepDimension[],
    @Arg('unitLevel', () => StatisticsUnitLevel, { nullable: true, description: 'The tier of UNIT (the province by default).' })
    unitLevel: StatisticsUnitLevel | null,
    @Arg('steps', () => [LicenseStep], { nullable: true, description: 'Only these steps (all by default).' }) steps: LicenseStep[] | null,
  ): Promise<LicenseStepBucket[]> {
    const end = to ?? todayInVietnam();
    return licenseSteps(ctx, s.scope, { from: from ?? defaultFrom(end), to: end, interval, groupBy, unitLevel, steps });
  }

  @Authorized(READ_ROLES)
  @FieldResolver(() => [ExpiringLicenseCountBucket], {
    description: 'Licences in force (ACTIVE or SUSPENDED) on `asOf` whose expiry date is within each number of days, by any keys.',
    complexity: listOf((a) => (Array.isArray(a.withinDays) ? a.withinDays.length : 3) * licenseKeys(a.groupBy ?? [], a.unitLevel, 1)),
  })
  expiringLicenseCounts(
    @Root() s: Statistics,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date; today in Việt Nam by default.' }) asOf: string | null,
    @Arg('withinDays', () => [Int], { defaultValue: [30, 60, 90], description: 'Numbers of days (1 to 10 of them, each 0–3660).' })
    withinDays: number[],
    @Arg('groupBy', () => [LicenseCountDimension], { defaultValue: [], description: 'Keys to group by (KIND, LICENSE_TYPE, UNIT).' })
    groupBy: LicenseCountDimension[],
    @Arg('unitLevel', () => StatisticsUnitLevel, { nullable: true, description: 'The tier of UNIT (the province by default).' })
    unitLevel: StatisticsUnitLevel | null,
  ): Promise<ExpiringLicenseCountBucket[]> {
    return expiringCounts(ctx, s.scope, { asOf: asOfDate(asOf), withinDays, groupBy, unitLevel });
  }

  @Authorized(READ_ROLES)
  @FieldResolver(() => ExpiringLicenseConnection, {
    description: 'The licences in force on `asOf` that expire within `withinDays` days, soonest first, with their holders.',
  })
  expiringLicenses(
    @Root() s: Statistics,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date; today in Việt Nam by default.' }) asOf: string | null,
    @Arg('withinDays', () => Int, { defaultValue: 90, description: 'Days ahead (0–3660).' }) withinDays: number,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ConnectionValue<ExpiringLicense>> {
    return expiringLicenses(ctx, s.scope, { asOf: asOfDate(asOf), withinDays, page });
  }

  @FieldResolver(() => [GamePointListBucket], {
    description:
      'The public lists of game service points on `asOf` (the figures PUBLIC may see): certificates in force (LICENSED) and revoked (REVOKED), in total or by unit.',
    complexity: listOf((a) => 2 * (a.groupByUnit === true ? unitBuckets(a.unitLevel) : 1)),
  })
  gamePointLists(
    @Root() s: Statistics,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The date; today in Việt Nam by default.' }) asOf: string | null,
    @Arg('groupByUnit', { defaultValue: false, description: 'One bucket per unit (at `unitLevel`) and list.' }) groupByUnit: boolean,
    @Arg('unitLevel', () => StatisticsUnitLevel, { defaultValue: StatisticsUnitLevel.COMMUNE, description: 'The tier of the units.' })
    unitLevel: StatisticsUnitLevel,
  ): Promise<GamePointListBucket[]> {
    return gamePointLists(ctx, s.scope, { asOf: asOfDate(asOf), groupByUnit, unitLevel });
  }
}
