import { entityVisibility } from '../auth/jurisdiction';
import { entityKey } from '../entities/regulated-entity.types';
import { ConnectionValue, keysetPage, PageArgs, SortKey } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { SQL_TODAY, todayInVietnam } from '../graphql/dates';
import { columnsOf, likeEscape, SqlParams } from '../graphql/sql';
import { LicenseRecord } from './license.entity';
import { LicenseStatus, LicenseType } from './license.enums';
import type { LicenseFilter } from './license.inputs';
import { licenseColumns, licenseStatusAsked } from './license.columns';
import { License, LicenseWithStatus, toLicense } from './license.types';
import { jurisdictionRollupUnit } from '../statistics/statistics.scope';
import { licenseCountOn } from '../statistics/statistics.service';

export enum LicenseOrderField {
  ISSUED_ON = 'ISSUED_ON',
  EXPIRES_ON = 'EXPIRES_ON',
  NUMBER = 'NUMBER',
}

const SORTS: Record<LicenseOrderField, Omit<SortKey, 'direction'>> = {
  ISSUED_ON: { name: 'issued', expression: 'l.issued_on', cast: 'date' },
  // Licences without a term sort after every dated one.
  EXPIRES_ON: { name: 'expires', expression: "coalesce(l.expires_on, 'infinity'::date)", cast: 'date' },
  NUMBER: { name: 'number', expression: 'l.number', cast: 'text' },
};

/**
 * Statuses for which license_may_be is the status itself on any date on or after the licence's last step (they read
 * `status` and `expires_on` only: no suspension end to weigh); test/read-paths.test.ts compares both on every status.
 */
const DECIDED_BY_ROW: ReadonlySet<LicenseStatus> = new Set([LicenseStatus.EXPIRED, LicenseStatus.REVOKED, LicenseStatus.SURRENDERED]);

/**
 * On or after a licence's last step, the row's cached columns decide the statuses of DECIDED_BY_ROW alone (the branches
 * of license_may_be for them, migrations/1765400000000-NationalReadPaths.ts); test/read-paths.test.ts checks the
 * conditions below against license_status_at on every status.
 */
const SETTLED_ROW: Partial<Record<LicenseStatus, (a: string, d: string) => string>> = {
  [LicenseStatus.EXPIRED]: (a, d) => `${a}.status IN ('ACTIVE', 'SUSPENDED') AND ${a}.expires_on < ${d}`,
  [LicenseStatus.REVOKED]: (a) => `${a}.status = 'REVOKED'`,
  [LicenseStatus.SURRENDERED]: (a) => `${a}.status = 'SURRENDERED'`,
};

function statusLiterals(statuses: readonly LicenseStatus[]): string[] {
  return statuses.map((s) => {
    if (!Object.values(LicenseStatus).includes(s)) throw new Error(`not a licence status: ${String(s)}`);
    return `'${s}'`;
  });
}

/**
 * For statuses that are all DECIDED_BY_ROW: "the status on `date` is one of `statuses`" as two disjoint conditions, the
 * licences whose last step is on or before the date (their row decides: plain column conditions that the planner
 * estimates and that an index can answer alone, e.g. EXPIRED from license_in_force_expiry_idx) and those with a step
 * after it (their events decide). Null for other statuses.
 */
export function licenseStatusBranches(
  statuses: readonly LicenseStatus[],
  date: string,
  p: SqlParams,
  alias = 'l',
): [string, string] | null {
  if (!statuses.length || !statuses.every((s) => DECIDED_BY_ROW.has(s))) return null;
  const literals = statusLiterals(statuses);
  const d = p.add(date, 'date');
  const rows = statuses.map((s) => `(${SETTLED_ROW[s]!(alias, d)})`).join(' OR ');
  return [
    `(${alias}.last_effective_on <= ${d} AND (${rows}))`,
    `(${alias}.last_effective_on > ${d} AND license_status_on(${alias}.id, ${d}) IN (${literals.join(', ')}))`,
  ];
}

/**
 * "The status of licence `alias` on `date` is one of `statuses`", in SQL: `license_status_at` (the licence row, or its
 * events before the row's last step) decides, ANDed with `license_may_be` for each status — a condition every such
 * licence meets, written on the row's cached columns so that the planner can use their indexes
 * (migrations/1765400000000-NationalReadPaths.ts). The statuses are the enum's own values, written as literals so that
 * license_may_be's CASE folds to one branch when it is inlined.
 *
 * For EXPIRED, REVOKED and SURRENDERED the row alone decides on or after the last step: the condition is then the OR of
 * `licenseStatusBranches` (same rows; the planner, which cannot estimate license_status_at's CASE and guesses 0.5 % of
 * the rows, estimates these from the indexes' statistics and picks the right plan for a page of EXPIRED licences, a third
 * of them at national scale).
 */
export function licenseStatusCondition(statuses: readonly LicenseStatus[], date: string, p: SqlParams, alias = 'l'): string {
  const branches = licenseStatusBranches(statuses, date, p, alias);
  if (branches) return `(${branches[0]} OR ${branches[1]})`;
  const literals = statusLiterals(statuses);
  const d = p.add(date, 'date');
  const may = `(${literals.map((s) => `license_may_be(${alias}, ${d}, ${s})`).join(' OR ')})`;
  return `(license_status_at(${alias}, ${d}) IN (${literals.join(', ')}) AND ${may})`;
}

/** True when a licence filter reads the holder (alias e), so its SQL needs `JOIN regulated_entity e`. */
const readsHolder = (f: LicenseFilter) => !!(f.districtCode || f.wardCode || f.holderKinds?.length);

/**
 * SQL conditions of a licence filter over `license l` (joined with `regulated_entity e` when readsHolder), jurisdiction
 * not included.
 */
export function licenseConditions(f: LicenseFilter, p: SqlParams, branches?: (settledOrNot: [string, string]) => void): string[] {
  const where: string[] = [];
  const add = (condition: string) => where.push(condition);
  if (f.types?.length) add(`l.license_type = ANY(${p.add(f.types, 'text[]')})`);
  if (f.statuses?.length) {
    // EXPIRED and every other status are judged against the date in SQL: right on any day, no nightly job.
    // With `branches`, a status the row alone decides is handed over as its two branches (the caller reads each apart).
    const split = branches && licenseStatusBranches(f.statuses, f.statusOn ?? todayInVietnam(), p);
    if (split) branches(split);
    else add(licenseStatusCondition(f.statuses, f.statusOn ?? todayInVietnam(), p));
  }
  if (f.districtCode) add(`e.district_code = ${p.add(f.districtCode)}`);
  if (f.wardCode) {
    const c = p.add(f.wardCode);
    add(`(e.ward_code = ${c} OR e.commune_code_2025 = ${c})`);
  }
  if (f.holderKinds?.length) add(`e.kind = ANY(${p.add(f.holderKinds, 'text[]')})`);
  // `!= null`, not truthiness: an empty id is refused as an id, never read as "no filter".
  if (f.holderId != null) add(`l.holder_id = ${p.add(entityKey(f.holderId, 'filter.holderId'), 'uuid')}`);
  if (f.expiresBefore) add(`l.expires_on < ${p.add(f.expiresBefore, 'date')}`);
  if (f.issuedBetween?.from) add(`l.issued_on >= ${p.add(f.issuedBetween.from, 'date')}`);
  if (f.issuedBetween?.to) add(`l.issued_on <= ${p.add(f.issuedBetween.to, 'date')}`);
  if (f.revokedBetween) {
    const range = [`ev.license_id = l.id`, `ev.type = 'REVOKED'`];
    if (f.revokedBetween.from) range.push(`ev.effective_on >= ${p.add(f.revokedBetween.from, 'date')}`);
    if (f.revokedBetween.to) range.push(`ev.effective_on <= ${p.add(f.revokedBetween.to, 'date')}`);
    add(`EXISTS (SELECT 1 FROM license_event ev WHERE ${range.join(' AND ')})`);
  }
  if (f.search) add(`search_normalize(l.number) LIKE '%' || search_normalize(${p.add(likeEscape(f.search))}) || '%'`);
  return where;
}

/**
 * The totalCount of a licence list from the statistics rollups, when the list is "licences (of some types) in some
 * statuses on a date" over the viewer's whole jurisdiction — the registry, a 2024 district or a 2025 commune, the units
 * the rollups are kept by: a few dozen index rows instead of counting up to a third of all licences (issue 14's Q6,
 * EXPIRED today: 536,669 at national scale). Exact, as the rollups change in the events' transaction. Null otherwise.
 */
function rollupCount(ctx: RequestContext, f: LicenseFilter, visible: string): (() => Promise<number>) | null {
  if (!f.statuses?.length || visible === 'FALSE') return null;
  if (f.districtCode || f.wardCode || f.holderKinds?.length || f.holderId != null || f.expiresBefore) return null;
  if (f.issuedBetween || f.revokedBetween || f.search) return null;
  const unit = jurisdictionRollupUnit(ctx.viewer);
  if (!unit) return null;
  const statuses = f.statuses;
  const licenseTypes = f.types?.length ? f.types : null;
  return () => licenseCountOn(ctx.manager, { asOf: f.statusOn ?? todayInVietnam(), unit, licenseTypes, statuses });
}

export async function listLicenses(
  ctx: RequestContext,
  args: { filter?: LicenseFilter | null; orderBy?: { field: LicenseOrderField; direction: 'ASC' | 'DESC' } | null; page: PageArgs },
): Promise<ConnectionValue<License>> {
  const p = new SqlParams();
  const filter = args.filter ?? {};
  const visible = entityVisibility(ctx.viewer, 'e', p);
  // A status filter the row alone decides (e.g. EXPIRED) is read and counted branch by branch (keysetPage's branches).
  let branches: string[] | undefined;
  const where = [visible, ...licenseConditions(filter, p, (b) => (branches = b))];
  const order = args.orderBy ?? { field: LicenseOrderField.ISSUED_ON, direction: 'DESC' };
  // The holder's row only when the jurisdiction or the filter reads it (the whole province sees every licence).
  const from = visible === 'TRUE' && !readsHolder(filter) ? 'license l' : 'license l JOIN regulated_entity e ON e.id = l.holder_id';
  const status = licenseStatusAsked(ctx.fields) ? `, license_status_at(l, ${SQL_TODAY}) AS "statusToday"` : '';
  const page = await keysetPage<LicenseWithStatus>(ctx.manager, {
    select: `${columnsOf(ctx.manager, LicenseRecord, 'l', licenseColumns(ctx.fields))}${status}`,
    from,
    where,
    params: p,
    sort: { ...SORTS[order.field], direction: order.direction },
    idColumn: 'l.id',
    page: args.page,
    countAsked: ctx.fields?.asks('LicenseConnection', 'totalCount'),
    branches,
    count: rollupCount(ctx, filter, visible) ?? undefined,
  });
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toLicense(e.node) })) };
}

/** Condition on entities (alias e): holds a licence of these types and/or statuses today. */
export function entityLicenseCondition(
  types: LicenseType[] | undefined,
  statuses: LicenseStatus[] | undefined,
  p: SqlParams,
): string | null {
  if (!types?.length && !statuses?.length) return null;
  const conds = ['l.holder_id = e.id'];
  if (types?.length) conds.push(`l.license_type = ANY(${p.add(types, 'text[]')})`);
  if (statuses?.length) conds.push(licenseStatusCondition(statuses, todayInVietnam(), p));
  return `EXISTS (SELECT 1 FROM license l WHERE ${conds.join(' AND ')})`;
}
