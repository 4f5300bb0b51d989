import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EntityKind, EntityStatus } from '../entities/entity-kind';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import { License } from '../licenses/license.types';
import type { LicenseRecord } from '../licenses/license.entity';
import { GamePointList, LicenseStep, StatisticsUnitLevel, UnmappedUnit } from './statistics.enums';
import type { StatisticsScope } from './statistics.scope';

/**
 * Every answer of `statistics` is a flat list of buckets: the keys it was grouped by (null when not grouped by that
 * key) and a count, which a chart library can take as its dataset as it is (e.g. ECharts `dataset.source` with
 * `encode: { x: 'unitName', y: 'count' }`).
 */
@ObjectType('Statistics', {
  description:
    'Figures for dashboards and reports, in the caller’s scope exactly as `entities` (a local office: its own unit; PUBLIC: the public game-point lists only). Each field reads rollups kept in the same transaction as the writes: exact at any date, no nightly job.',
})
export class Statistics {
  scope!: StatisticsScope;

  @Field(() => StatisticsUnitLevel, { description: 'The tier of the unit the figures cover.' })
  unitLevel!: StatisticsUnitLevel;

  @Field({ description: 'Code of the unit the figures cover (the province when they cover the whole registry).' })
  unitCode!: string;

  @Field({ description: 'Official name of that unit.' })
  unitName!: string;

  @Field(() => LocalDateResolver, { description: 'Today in Việt Nam: the default `asOf`.' })
  today!: string;
}

/** The unit keys every bucket grouped by unit carries. */
/** Inherited by each bucket type (type-graphql emits only reachable types: this one is never a type of the schema). */
@ObjectType('UnitKeys', { description: 'The unit keys of a bucket.' })
export abstract class UnitKeys {
  @Field(() => String, { nullable: true, description: 'Code of the unit (grouped by UNIT); null in a bucket that has no unit.' })
  unitCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Official name of the unit, e.g. "Phường Đồng Xoài".' })
  unitName!: string | null;

  @Field(() => UnmappedUnit, {
    nullable: true,
    description: 'Set on the bucket of entities that have no unit at the level asked for (and why); null otherwise.',
  })
  unmapped!: UnmappedUnit | null;
}

@ObjectType('EntityCountBucket', { description: 'How many entities have these keys.' })
export class EntityCountBucket extends UnitKeys {
  @Field(() => EntityKind, { nullable: true, description: 'The kind (grouped by KIND).' })
  kind!: EntityKind | null;

  @Field(() => EntityStatus, { nullable: true, description: 'The registry status (grouped by STATUS).' })
  status!: EntityStatus | null;

  @Field(() => Int, { description: 'Number of entities.' })
  count!: number;
}

@ObjectType('LicenseCountBucket', { description: 'How many licences have these keys on the date.' })
export class LicenseCountBucket extends UnitKeys {
  @Field(() => EntityKind, { nullable: true, description: 'Kind of the holder (grouped by KIND).' })
  kind!: EntityKind | null;

  @Field(() => LicenseType, { nullable: true, description: 'The licence type (grouped by LICENSE_TYPE).' })
  licenseType!: LicenseType | null;

  @Field(() => LicenseStatus, { nullable: true, description: 'The status on the date (grouped by STATUS).' })
  status!: LicenseStatus | null;

  @Field(() => Int, { description: 'Number of licences.' })
  count!: number;
}

@ObjectType('LicenseStepBucket', { description: 'How many steps with these keys took effect in one period.' })
export class LicenseStepBucket extends UnitKeys {
  @Field({ description: 'The period: "2025" (year), "2025-03" (month) or "2025-W10" (ISO week).' })
  period!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the period counted (clipped to `from`).' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period counted (clipped to `to`).' })
  periodEnd!: string;

  @Field(() => LicenseStep, { nullable: true, description: 'The step (grouped by STEP).' })
  step!: LicenseStep | null;

  @Field(() => String, { nullable: true, description: 'Revocation ground code (grouped by GROUND; REVOKED only, null otherwise).' })
  groundCode!: string | null;

  @Field(() => EntityKind, { nullable: true, description: 'Kind of the holder (grouped by KIND).' })
  kind!: EntityKind | null;

  @Field(() => LicenseType, { nullable: true, description: 'The licence type (grouped by LICENSE_TYPE).' })
  licenseType!: LicenseType | null;

  @Field(() => Int, { description: 'Number of steps (a licence suspended twice in a period counts twice; it expires only once).' })
  count!: number;
}

@ObjectType('ExpiringLicenseCountBucket', { description: 'How many licences in force on the date expire within N days.' })
export class ExpiringLicenseCountBucket extends UnitKeys {
  @Field(() => Int, { description: 'N: the expiry date is from `asOf` to `asOf` + N days.' })
  withinDays!: number;

  @Field(() => LocalDateResolver, { description: '`asOf` + N days.' })
  until!: string;

  @Field(() => EntityKind, { nullable: true, description: 'Kind of the holder (grouped by KIND).' })
  kind!: EntityKind | null;

  @Field(() => LicenseType, { nullable: true, description: 'The licence type (grouped by LICENSE_TYPE).' })
  licenseType!: LicenseType | null;

  @Field(() => Int, { description: 'Number of licences.' })
  count!: number;
}

@ObjectType('GamePointListBucket', { description: 'How many certificates one public game-point list holds on the date.' })
export class GamePointListBucket extends UnitKeys {
  @Field(() => GamePointList, { description: 'The public list.' })
  list!: GamePointList;

  @Field(() => Int, { description: 'Number of game-point certificates on it.' })
  count!: number;
}

/** A licence in force on a date that expires soon: the row, its expiry date and status on that date. */
export type ExpiringRow = LicenseRecord & { statusToday: LicenseStatus; _expiresAt: string; _statusAt: LicenseStatus };

@ObjectType('ExpiringLicense', { description: 'A licence in force on the date that expires within the days asked for.' })
export class ExpiringLicense {
  @Field(() => LocalDateResolver, { description: 'Its last day in force, as recorded on the date.' })
  expiresOn!: string;

  @Field(() => Int, { description: 'Days from the date to the expiry date (0: expires that day).' })
  daysLeft!: number;

  @Field(() => LicenseStatus, { description: 'Its status on the date (ACTIVE or SUSPENDED).' })
  status!: LicenseStatus;

  @Field(() => License, { description: 'The licence, with its holder (`holder`).' })
  license!: License;
}
