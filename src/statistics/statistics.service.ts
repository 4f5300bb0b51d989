import { EntityKind, EntityStatus } from '../entities/entity-kind';
import { ConnectionValue, keysetPage, PageArgs } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import type { EntityManager } from 'typeorm';
import { addDays, addMonths, todayInVietnam } from '../graphql/dates';
import { BadInput } from '../graphql/errors';
import { columnsOf, SqlParams } from '../graphql/sql';
import { LicenseRecord } from '../licenses/license.entity';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import { toLicense } from '../licenses/license.types';
import { between, BucketRange, Interval, periods, rangeArrays, upTo } from './calendar';
import {
  EntityCountDimension,
  GamePointList,
  LicenseCountDimension,
  LicenseStep,
  LicenseStepDimension,
  StatisticsInterval,
  StatisticsUnitLevel,
  UnmappedUnit,
} from './statistics.enums';
import { entityScopeConditions, rollupUnits, ScopeLevel, StatisticsScope, unitOfCode } from './statistics.scope';
import type {
  EntityCountBucket,
  ExpiringLicense,
  ExpiringLicenseCountBucket,
  ExpiringRow,
  GamePointListBucket,
  LicenseCountBucket,
  LicenseStepBucket,
} from './statistics.types';

/** The longest series and the longest look-ahead one request may ask for. */
export const MAX_SERIES_YEARS = 10;
export const MAX_WITHIN_DAYS = 3660;
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2199-12-31';

function checkDate(field: string, d: string): void {
  if (d < FIRST_DATE || d > LAST_DATE) throw BadInput.field(field, `must be from ${FIRST_DATE} to ${LAST_DATE}`);
}

function checkGroupBy<T extends string>(groupBy: readonly T[]): void {
  const seen = new Set<T>();
  for (const d of groupBy) {
    if (seen.has(d)) throw BadInput.field('groupBy', `names ${d} twice`);
    seen.add(d);
  }
}

/** The date figures are judged on: `asOf`, today in Việt Nam by default. */
export function asOfDate(asOf: string | null | undefined): string {
  const d = asOf ?? todayInVietnam();
  checkDate('asOf', d);
  return d;
}

/** A period of a series: from ≤ to, at most MAX_SERIES_YEARS years. */
export function checkPeriod(from: string, to: string): void {
  checkDate('from', from);
  checkDate('to', to);
  if (from > to) throw BadInput.field('from', `is after to (${to})`);
  const last = addDays(addMonths(from, 12 * MAX_SERIES_YEARS), -1);
  if (to > last) throw BadInput.field('to', `is more than ${MAX_SERIES_YEARS} years after from (at most ${last})`);
}

const unitKeys = (scope: StatisticsScope, level: ScopeLevel, code: string | undefined, grouped: boolean) =>
  grouped ? unitOfCode(scope, level, code ?? '') : { unitCode: null, unitName: null, unmapped: null };

// ------------------------------------------------------------------------------------------------ entities

const ENTITY_UNIT_COLUMN: Record<StatisticsUnitLevel, string> = {
  PROVINCE: 'c.province_code_2025',
  DISTRICT: 'c.district_code',
  COMMUNE: 'c.commune_code_2025',
};

/** Entities by kind, registry status and unit, as they stand now (statuses: ACTIVE only by default, as `entities`). */
export async function entityCounts(
  ctx: RequestContext,
  scope: StatisticsScope,
  args: { groupBy: EntityCountDimension[]; unitLevel: StatisticsUnitLevel; statuses: EntityStatus[] | null },
): Promise<EntityCountBucket[]> {
  checkGroupBy(args.groupBy);
  const p = new SqlParams();
  const where = entityScopeConditions(scope, 'c', p);
  where.push(`c.status = ANY(${p.add(args.statuses?.length ? args.statuses : [EntityStatus.ACTIVE], 'text[]')})`);
  const columns: Record<EntityCountDimension, string> = {
    KIND: 'c.kind',
    STATUS: 'c.status',
    UNIT: ENTITY_UNIT_COLUMN[args.unitLevel],
  };
  const keys = args.groupBy.map((d) => `${columns[d]} AS "${d}"`);
  const rows = (await scope.sql.query(
    `SELECT ${[...keys, 'sum(c.n)::int AS count'].join(', ')}
       FROM statistics_entity_count c
      WHERE ${where.join(' AND ')}
      ${keys.length ? `GROUP BY ${args.groupBy.map((_, i) => i + 1).join(', ')} HAVING sum(c.n) <> 0 ORDER BY ${args.groupBy.map((_, i) => i + 1).join(', ')}` : ''}`,
    p.values,
  )) as (Partial<Record<EntityCountDimension, string>> & { count: number | null })[];
  const grouped = args.groupBy.includes(EntityCountDimension.UNIT);
  const level = args.unitLevel;
  return rows.map((r) => {
    let unit = { unitCode: null as string | null, unitName: null as string | null, unmapped: null as UnmappedUnit | null };
    if (grouped) {
      const code = r.UNIT ?? '';
      const names =
        level === StatisticsUnitLevel.DISTRICT ? scope.area.districts : level === StatisticsUnitLevel.COMMUNE ? scope.area.communes : null;
      unit =
        code === ''
          ? {
              unitCode: null,
              unitName: null,
              unmapped: level === StatisticsUnitLevel.DISTRICT ? UnmappedUnit.RECORDED_IN_2025 : UnmappedUnit.SPLIT_2024_WARD,
            }
          : {
              unitCode: code,
              unitName: names ? (names.get(code) ?? null) : code === scope.area.province.code ? scope.area.province.name : null,
              unmapped: null,
            };
    }
    return {
      kind: (r.KIND as EntityKind | undefined) ?? null,
      status: (r.STATUS as EntityStatus | undefined) ?? null,
      ...unit,
      count: r.count ?? 0,
    };
  });
}

// ------------------------------------------------------------------------------------------------ licence rollups

/** Shared part of the licence rollups' queries: which rows (scope, units, kinds, types), grouped by which columns. */
function rollupSelection(
  scope: StatisticsScope,
  p: SqlParams,
  unitLevel: StatisticsUnitLevel | null,
  alias: string,
): { level: ScopeLevel; where: string[] } {
  const units = rollupUnits(scope, unitLevel);
  const where = [`${alias}.scope = ${p.add(units.level)}`, `${alias}.unit_code = ANY(${p.add(units.codes, 'text[]')})`];
  if (scope.kinds) where.push(`${alias}.kind = ANY(${p.add(scope.kinds, 'text[]')})`);
  if (scope.licenseTypes) where.push(`${alias}.license_type = ANY(${p.add(scope.licenseTypes, 'text[]')})`);
  return { level: units.level, where };
}

/** Rows of `ranges` sets, numbered: `unnest(...) r(i, grain, lo, hi, sign)`; a rollup row counts `s.n * r.sign`. */
function rangesSql(sets: BucketRange[][], p: SqlParams): string {
  const [index, grains, los, his, signs] = rangeArrays(sets);
  return `unnest(${p.add(index, 'int[]')}, ${p.add(grains, 'text[]')}, ${p.add(los, 'date[]')}, ${p.add(his, 'date[]')}, ${p.add(signs, 'int[]')}) r(i, grain, lo, hi, sign)`;
}

/**
 * The rollup rows of each range `r` (from `rangesSql`): one index range scan per range. A plain join let the planner
 * read every row of the scope in all grains and hash them (860 ms instead of 14 ms for a 12-month series on the
 * bench's 25,000 entities); OFFSET 0 keeps the subquery apart, so it stays a nested loop of index scans.
 */
function rollupRows(table: string, where: string[]): string {
  return `CROSS JOIN LATERAL (SELECT * FROM ${table} s
             WHERE s.grain = r.grain AND s.bucket BETWEEN r.lo AND r.hi AND ${where.join(' AND ')} OFFSET 0) s`;
}

/**
 * How many licences (of some types, or all) were in some statuses on a date, in the whole registry, one 2024 district
 * or one 2025 commune (the holder's `district_code` / `commune_code_2025`, which is what the public lists' commune
 * filter and a local office's jurisdiction mean): a few dozen rollup rows instead of every licence, exact like every
 * figure here. For list totalCounts (src/public, src/licenses), outside a request's statistics batch.
 */
export async function licenseCountOn(
  manager: EntityManager,
  args: { asOf: string; unit: { scope: ScopeLevel; code: string }; licenseTypes: LicenseType[] | null; statuses: LicenseStatus[] },
): Promise<number> {
  const p = new SqlParams();
  const where = [`s.scope = ${p.add(args.unit.scope)}`, `s.unit_code = ${p.add(args.unit.code)}`];
  if (args.licenseTypes) where.push(`s.license_type = ANY(${p.add(args.licenseTypes, 'text[]')})`);
  where.push(`s.status = ANY(${p.add(args.statuses, 'text[]')})`);
  const rows = (await manager.query(
    `SELECT coalesce(sum(s.n * r.sign), 0)::int AS n
       FROM ${rangesSql([upTo(args.asOf)], p)}
       ${rollupRows('statistics_license_status', where)}`,
    p.values,
  )) as { n: number }[];
  return rows[0].n;
}

const LICENSE_COLUMNS: Record<LicenseCountDimension, string> = {
  KIND: 's.kind',
  LICENSE_TYPE: 's.license_type',
  STATUS: 's.status',
  UNIT: 's.unit_code',
};

/** Licences by kind, type, status on `asOf` and unit: the sums of the per-day changes up to that day. */
export async function licenseCounts(
  ctx: RequestContext,
  scope: StatisticsScope,
  args: { asOf: string; groupBy: LicenseCountDimension[]; unitLevel: StatisticsUnitLevel | null; statuses: LicenseStatus[] | null },
): Promise<LicenseCountBucket[]> {
  checkGroupBy(args.groupBy);
  const grouped = args.groupBy.includes(LicenseCountDimension.UNIT);
  const p = new SqlParams();
  const { level, where } = rollupSelection(scope, p, grouped ? (args.unitLevel ?? StatisticsUnitLevel.PROVINCE) : null, 's');
  if (args.statuses?.length) where.push(`s.status = ANY(${p.add(args.statuses, 'text[]')})`);
  const keys = args.groupBy.map((d) => `${LICENSE_COLUMNS[d]} AS "${d}"`);
  const rows = (await scope.sql.query(
    `SELECT ${[...keys, 'sum(s.n * r.sign)::int AS count'].join(', ')}
       FROM ${rangesSql([upTo(args.asOf)], p)}
       ${rollupRows('statistics_license_status', where)}
      ${keys.length ? `GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : ''}
     HAVING sum(s.n * r.sign) <> 0
      ${keys.length ? `ORDER BY ${keys.map((_, i) => i + 1).join(', ')}` : ''}`,
    p.values,
  )) as (Partial<Record<LicenseCountDimension, string>> & { count: number })[];
  return rows.map((r) => ({
    kind: (r.KIND as EntityKind | undefined) ?? null,
    licenseType: (r.LICENSE_TYPE as LicenseType | undefined) ?? null,
    status: (r.STATUS as LicenseStatus | undefined) ?? null,
    ...unitKeys(scope, level, r.UNIT, grouped),
    count: r.count,
  }));
}

/** The public lists of game service points on `asOf`: certificates in force (LICENSED) and revoked (REVOKED). */
export async function gamePointLists(
  ctx: RequestContext,
  scope: StatisticsScope,
  args: { asOf: string; groupByUnit: boolean; unitLevel: StatisticsUnitLevel },
): Promise<GamePointListBucket[]> {
  const p = new SqlParams();
  const units = rollupUnits(scope, args.groupByUnit ? args.unitLevel : null);
  const rows = (await scope.sql.query(
    `SELECT CASE WHEN s.status = 'REVOKED' THEN 'REVOKED' ELSE 'LICENSED' END AS list, s.unit_code AS unit, sum(s.n * r.sign)::int AS count
       FROM ${rangesSql([upTo(args.asOf)], p)}
       ${rollupRows('statistics_license_status', [
         `s.scope = ${p.add(units.level)}`,
         `s.unit_code = ANY(${p.add(units.codes, 'text[]')})`,
         `s.license_type = ${p.add(LicenseType.GAME_POINT_CERTIFICATE)}`,
         `s.status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')`,
       ])}
      GROUP BY 1, 2 ORDER BY 2, 1`,
    p.values,
  )) as { list: GamePointList; unit: string; count: number }[];
  // Both lists always appear (a chart of the two draws zeros too), per unit when grouped.
  const byKey = new Map<string, GamePointListBucket>();
  const key = (list: string, unit: string) => `${list}\u0000${unit}`;
  const unitsSeen = args.groupByUnit ? [...new Set(rows.filter((r) => r.count !== 0).map((r) => r.unit))] : [''];
  for (const unit of unitsSeen) {
    for (const list of [GamePointList.LICENSED, GamePointList.REVOKED]) {
      byKey.set(key(list, unit), { list, ...unitKeys(scope, units.level, unit, args.groupByUnit), count: 0 });
    }
  }
  for (const r of rows) {
    const b = byKey.get(key(r.list, args.groupByUnit ? r.unit : ''));
    if (b) b.count += r.count;
  }
  return [...byKey.values()];
}

const STEP_COLUMNS: Record<LicenseStepDimension, string> = {
  STEP: 's.step',
  GROUND: 's.ground_code',
  KIND: 's.kind',
  LICENSE_TYPE: 's.license_type',
  UNIT: 's.unit_code',
};

/** The series of licence steps per week, month or year between `from` and `to`. */
export async function licenseSteps(
  ctx: RequestContext,
  scope: StatisticsScope,
  args: {
    from: string;
    to: string;
    interval: StatisticsInterval;
    groupBy: LicenseStepDimension[];
    unitLevel: StatisticsUnitLevel | null;
    steps: LicenseStep[] | null;
  },
): Promise<LicenseStepBucket[]> {
  checkGroupBy(args.groupBy);
  checkPeriod(args.from, args.to);
  const grouped = args.groupBy.includes(LicenseStepDimension.UNIT);
  const series = periods(args.from, args.to, args.interval as Interval);
  const p = new SqlParams();
  const { level, where } = rollupSelection(scope, p, grouped ? (args.unitLevel ?? StatisticsUnitLevel.PROVINCE) : null, 's');
  const steps = args.steps?.length ? args.steps : Object.values(LicenseStep);
  where.push(`s.step = ANY(${p.add(steps, 'text[]')})`);
  const keys = args.groupBy.map((d) => `${STEP_COLUMNS[d]} AS "${d}"`);
  // Neither grouped nor filtered by kind or type: the totals without them (~30 rows a month instead of ~490).
  const totals =
    !scope.kinds &&
    !scope.licenseTypes &&
    !args.groupBy.includes(LicenseStepDimension.KIND) &&
    !args.groupBy.includes(LicenseStepDimension.LICENSE_TYPE);
  const rows = (await scope.sql.query(
    `SELECT ${['r.i', ...keys, 'sum(s.n * r.sign)::int AS count'].join(', ')}
       FROM ${rangesSql(
         series.map((s) => s.ranges),
         p,
       )}
       ${rollupRows(totals ? 'statistics_license_step_total' : 'statistics_license_step', where)}
      GROUP BY ${['r.i', ...keys].map((_, i) => i + 1).join(', ')}
     HAVING sum(s.n * r.sign) <> 0`,
    p.values,
  )) as (Partial<Record<LicenseStepDimension, string>> & { i: number; count: number })[];

  // Every period appears for every combination of keys that occurs (and every step asked for when grouped by step
  // alone), so that each line of a chart has a point in each period.
  const combos = new Map<string, Partial<Record<LicenseStepDimension, string>>>();
  const comboKey = (r: Partial<Record<LicenseStepDimension, string>>) => args.groupBy.map((d) => r[d] ?? '').join('\u0000');
  if (args.groupBy.length === 1 && args.groupBy[0] === LicenseStepDimension.STEP) for (const s of steps) combos.set(s, { STEP: s });
  if (args.groupBy.length === 0) combos.set('', {});
  for (const r of rows) combos.set(comboKey(r), r);
  const counts = new Map(rows.map((r) => [`${r.i}\u0001${comboKey(r)}`, r.count]));
  const sorted = [...combos.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return series.flatMap((period, i) =>
    sorted.map(([k, c]) => ({
      period: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      step: (c.STEP as LicenseStep | undefined) ?? null,
      groundCode: c.GROUND ? c.GROUND : null,
      kind: (c.KIND as EntityKind | undefined) ?? null,
      licenseType: (c.LICENSE_TYPE as LicenseType | undefined) ?? null,
      ...unitKeys(scope, level, c.UNIT, grouped),
      count: counts.get(`${i}\u0001${k}`) ?? 0,
    })),
  );
}

// ------------------------------------------------------------------------------------------------ expiring soon

const IN_FORCE = `('${LicenseStatus.ACTIVE}', '${LicenseStatus.SUSPENDED}')`;

/** The holder and licence conditions of a scope over `license l JOIN regulated_entity e`. */
function licenseRowConditions(scope: StatisticsScope, p: SqlParams): string[] {
  const where = entityScopeConditions(scope, 'e', p);
  if (scope.licenseTypes) where.push(`l.license_type = ANY(${p.add(scope.licenseTypes, 'text[]')})`);
  return where;
}

/** The last event of licence `l` effective on or before `d` (its state on that date). */
const stateOn = (d: string) => `LEFT JOIN LATERAL (
      SELECT ev.resulting_status, ev.expires_on_after FROM license_event ev
       WHERE ev.license_id = l.id AND ev.effective_on <= ${d} ORDER BY ev.effective_on DESC, ev.seq DESC LIMIT 1) x ON true`;

/**
 * Licences in force on `asOf` whose expiry date (as recorded on that date) is within N days, for each N asked.
 * The rollup counts licences by the expiry date their last step left; licences whose last step is after `asOf` (a
 * dated-ahead step, or any step for a past date) are taken out of it and counted from their events instead.
 */
export async function expiringCounts(
  ctx: RequestContext,
  scope: StatisticsScope,
  args: { asOf: string; withinDays: number[]; groupBy: LicenseCountDimension[]; unitLevel: StatisticsUnitLevel | null },
): Promise<ExpiringLicenseCountBucket[]> {
  checkGroupBy(args.groupBy);
  if (args.groupBy.includes(LicenseCountDimension.STATUS)) throw BadInput.field('groupBy', 'expiring licences are not grouped by STATUS');
  const days = checkWithinDays(args.withinDays);
  const grouped = args.groupBy.includes(LicenseCountDimension.UNIT);
  const unitLevel = grouped ? (args.unitLevel ?? StatisticsUnitLevel.PROVINCE) : null;

  const p = new SqlParams();
  const { level, where } = rollupSelection(scope, p, unitLevel, 's');
  const keys = args.groupBy.map((d) => `${LICENSE_COLUMNS[d]} AS "${d}"`);
  const fromRollup = scope.sql.query(
    `SELECT ${['r.i', ...keys, 'sum(s.n * r.sign)::int AS count'].join(', ')}
       FROM ${rangesSql(
         days.map((n) => between(args.asOf, addDays(args.asOf, n))),
         p,
       )}
       ${rollupRows('statistics_license_expiry', where)}
      GROUP BY ${['r.i', ...keys].map((_, i) => i + 1).join(', ')}`,
    p.values,
  ) as Promise<(Partial<Record<LicenseCountDimension, string>> & { i: number; count: number })[]>;

  const q = new SqlParams();
  const d = q.add(args.asOf, 'date');
  const unitColumn = level === 'D' ? `coalesce(e.district_code, '')` : level === 'C' ? `coalesce(e.commune_code_2025, '')` : `''`;
  const rowColumns: Record<LicenseCountDimension, string> = {
    KIND: 'e.kind',
    LICENSE_TYPE: 'l.license_type',
    STATUS: '',
    UNIT: unitColumn,
  };
  const rowKeys = args.groupBy.map((k) => `${rowColumns[k]} AS "${k}"`);
  const corrections = scope.sql.query(
    `SELECT ${['w.i - 1 AS i', ...rowKeys].join(', ')},
            sum(coalesce((x.resulting_status IN ${IN_FORCE} AND x.expires_on_after BETWEEN ${d} AND ${d} + w.days)::int, 0)
              - coalesce((l.status IN ${IN_FORCE} AND l.expires_on BETWEEN ${d} AND ${d} + w.days)::int, 0))::int AS count
       FROM license l JOIN regulated_entity e ON e.id = l.holder_id
       ${stateOn(d)}
      CROSS JOIN unnest(${q.add(days, 'int[]')}) WITH ORDINALITY w(days, i)
      WHERE l.last_effective_on > ${d} AND ${licenseRowConditions(scope, q).join(' AND ')}
      GROUP BY ${['w.i', ...rowKeys].map((_, i) => i + 1).join(', ')}`,
    q.values,
  ) as Promise<(Partial<Record<LicenseCountDimension, string>> & { i: number; count: number })[]>;

  const sums = new Map<string, { i: number; keys: Partial<Record<LicenseCountDimension, string>>; count: number }>();
  // Both awaited together: when one fails (an abandoned request cancels both), the other's failure is handled too.
  const [rolledUp, corrected] = await Promise.all([fromRollup, corrections]);
  for (const r of [...rolledUp, ...corrected]) {
    const k = `${r.i}\u0001${args.groupBy.map((g) => r[g] ?? '').join('\u0000')}`;
    const s = sums.get(k) ?? { i: r.i, keys: r, count: 0 };
    s.count += r.count;
    sums.set(k, s);
  }
  // One bucket per N even when nothing expires (when not grouped by other keys).
  if (!args.groupBy.length) days.forEach((_, i) => sums.set(`${i}\u0001`, sums.get(`${i}\u0001`) ?? { i, keys: {}, count: 0 }));
  return [...sums.values()]
    .filter((s) => s.count !== 0 || !args.groupBy.length)
    .sort(
      (a, b) =>
        a.i - b.i || JSON.stringify(args.groupBy.map((g) => a.keys[g])).localeCompare(JSON.stringify(args.groupBy.map((g) => b.keys[g]))),
    )
    .map((s) => ({
      withinDays: days[s.i],
      until: addDays(args.asOf, days[s.i]),
      kind: (s.keys.KIND as EntityKind | undefined) ?? null,
      licenseType: (s.keys.LICENSE_TYPE as LicenseType | undefined) ?? null,
      ...unitKeys(scope, level, s.keys.UNIT, grouped),
      count: s.count,
    }));
}

function checkWithinDays(days: number[]): number[] {
  if (!days.length || days.length > 10) throw BadInput.field('withinDays', 'give from 1 to 10 numbers of days');
  for (const n of days) {
    if (!Number.isInteger(n) || n < 0 || n > MAX_WITHIN_DAYS)
      throw BadInput.field('withinDays', `each must be from 0 to ${MAX_WITHIN_DAYS}`);
  }
  return days;
}

const timestampColumns = new WeakMap<object, (keyof ExpiringRow)[]>();
/** The licence columns the pg driver reads as Dates (timestamptz). */
function licenseTimestamps(manager: EntityManager): (keyof ExpiringRow)[] {
  const metadata = manager.dataSource.getMetadata(LicenseRecord);
  let columns = timestampColumns.get(metadata);
  if (!columns) {
    columns = metadata.columns
      .filter((c) => c.type === 'timestamptz' || c.type === 'timestamp' || c.type === Date)
      .map((c) => c.propertyName as keyof ExpiringRow);
    timestampColumns.set(metadata, columns);
  }
  return columns;
}

/** The licences in force on `asOf` that expire within N days, soonest first (keyset pages). */
export async function expiringLicenses(
  ctx: RequestContext,
  scope: StatisticsScope,
  args: { asOf: string; withinDays: number; page: PageArgs },
): Promise<ConnectionValue<ExpiringLicense>> {
  checkWithinDays([args.withinDays]);
  const p = new SqlParams();
  const d = p.add(args.asOf, 'date');
  const until = p.add(addDays(args.asOf, args.withinDays), 'date');
  const rowConditions = licenseRowConditions(scope, p).filter((c) => c !== 'TRUE');
  // The holder is read only when the scope names a condition on it (a local office, a unit, kinds). For the whole
  // registry the in-force expiry index (covering the filter's columns) is read in order and the page stops early. For a
  // district or some kinds (a large share of the licences) the holder is checked licence by licence in that order, so
  // the page still stops early; for a commune (a small share) its entities are joined, as scanning for its few
  // licences in expiry order would look up many holders of other communes.
  const onHolder = rowConditions.some((c) => /\be\./.test(c));
  const perLicence = onHolder && scope.level !== 'C';
  const holder = onHolder && !perLicence ? 'JOIN regulated_entity e ON e.id = l.holder_id' : '';
  const conditions = perLicence
    ? `(SELECT ${rowConditions.join(' AND ')} FROM regulated_entity e WHERE e.id = l.holder_id)`
    : rowConditions.join(' AND ') || 'TRUE';
  // Read through the request's one statement (statistics.batch.ts): rows come back as JSON, so the licence's
  // timestamps are made Dates again, as the pg driver gives them. Today is a parameter (the answer depends on nothing
  // but the SQL, its parameters and the snapshot).
  const timestamps = licenseTimestamps(ctx.manager);
  const manager = Object.create(ctx.manager) as EntityManager;
  manager.query = <T>(sql: string, params?: unknown[]) =>
    scope.sql.query<ExpiringRow>(sql, params ?? [], (row) => {
      for (const c of timestamps)
        if (typeof row[c] === 'string') (row as unknown as Record<string, unknown>)[c] = new Date(row[c] as string);
      return row;
    }) as Promise<T>;
  const today = p.add(todayInVietnam(), 'date');
  const page = await keysetPage<ExpiringRow>(manager, {
    select: `${columnsOf(ctx.manager, LicenseRecord, 'l')}, license_status_at(l, ${today}) AS "statusToday",
             t.expires_at::text AS "_expiresAt", coalesce(t.status_at, license_status_at(l, ${d})) AS "_statusAt"`,
    from: `((SELECT l.id, l.expires_on AS expires_at, NULL::text AS status_at
               FROM license l ${holder}
              WHERE l.status IN ${IN_FORCE} AND l.expires_on BETWEEN ${d} AND ${until} AND l.last_effective_on <= ${d} AND ${conditions}
              ORDER BY l.expires_on, l.id)
            UNION ALL
            (SELECT l.id, x.expires_on_after, license_status_on(l.id, ${d})
               FROM license l ${holder}
               ${stateOn(d)}
              WHERE l.last_effective_on > ${d} AND x.resulting_status IN ${IN_FORCE} AND x.expires_on_after BETWEEN ${d} AND ${until}
                AND ${conditions}
              ORDER BY 2, 1)) t
           JOIN license l ON l.id = t.id`,
    where: [],
    params: p,
    sort: { name: 'expires', expression: 't.expires_at', cast: 'date', direction: 'ASC' },
    idColumn: 't.id',
    page: args.page,
    // Asked for: counted in the same statement as the page and the other figures (one snapshot).
    countAsked: ctx.fields?.asks('ExpiringLicenseConnection', 'totalCount'),
  });
  return {
    ...page,
    edges: page.edges.map((e) => ({
      cursor: e.cursor,
      node: (({ _expiresAt, _statusAt, ...row }) => ({
        expiresOn: _expiresAt,
        daysLeft: Math.round((Date.parse(`${_expiresAt}T00:00:00Z`) - Date.parse(`${args.asOf}T00:00:00Z`)) / 86_400_000),
        status: _statusAt,
        license: toLicense(row),
      }))(e.node),
    })),
  };
}
