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
import { LICENSE_TYPES } from '../reference/license-types';
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
 * On or after a licence's last step, its row decides its status on a date: `status`, `expires_on` and `suspended_until`,
 * as license_status_at's CASE does past its first branch (migrations/1765400000000-NationalReadPaths.ts).
 * test/read-paths.test.ts compares the lists by status with each licence's `statusOn`, on every status and many dates.
 */
const SETTLED_ROW: Record<LicenseStatus, (a: string, d: string) => string> = {
  [LicenseStatus.EXPIRED]: (a, d) => `${a}.status IN ('ACTIVE', 'SUSPENDED') AND ${a}.expires_on < ${d}`,
  [LicenseStatus.REVOKED]: (a) => `${a}.status = 'REVOKED'`,
  [LicenseStatus.SURRENDERED]: (a) => `${a}.status = 'SURRENDERED'`,
  // In force by its row, and either not suspended or past the suspension's end (a suspension lifts itself).
  [LicenseStatus.ACTIVE]: (a, d) =>
    `${a}.status IN ('ACTIVE', 'SUSPENDED') AND (${a}.expires_on IS NULL OR ${a}.expires_on >= ${d}) AND (${a}.status = 'ACTIVE' OR ${a}.suspended_until < ${d})`,
  // Suspended by its row, not yet expired, its suspension not over (migrations/1765900000000-SuspendedPaths.ts).
  [LicenseStatus.SUSPENDED]: (a, d) =>
    `${a}.status = 'SUSPENDED' AND (${a}.expires_on IS NULL OR ${a}.expires_on >= ${d}) AND (${a}.suspended_until IS NULL OR ${a}.suspended_until >= ${d})`,
};

function statusLiterals(statuses: readonly LicenseStatus[]): string[] {
  return statuses.map((s) => {
    if (!Object.values(LicenseStatus).includes(s)) throw new Error(`not a licence status: ${String(s)}`);
    return `'${s}'`;
  });
}

/**
 * "The status on `date` is one of `statuses`" as two disjoint conditions: the licences whose last step is on or before
 * the date (their row decides: plain column conditions that the planner estimates and that an index can answer alone,
 * e.g. EXPIRED from license_in_force_issued_expiry_idx, SUSPENDED from license_suspended_issued_idx) and those with a
 * step after it (their events decide). Null when no status is asked.
 */
export function licenseStatusBranches(
  statuses: readonly LicenseStatus[],
  date: string,
  p: SqlParams,
  alias = 'l',
): [string, string] | null {
  if (!statuses.length) return null;
  const literals = statusLiterals(statuses);
  const d = p.add(date, 'date');
  const rows = statuses.map((s) => `(${SETTLED_ROW[s](alias, d)})`).join(' OR ');
  return [
    `(${alias}.last_effective_on <= ${d} AND (${rows}))`,
    `(${alias}.last_effective_on > ${d} AND license_status_on(${alias}.id, ${d}) IN (${literals.join(', ')}))`,
  ];
}

/**
 * "The status of licence `alias` on `date` is one of `statuses`", in SQL: the OR of `licenseStatusBranches`. It used to
 * be `license_status_at(…) IN (…)`, whose CASE the planner cannot estimate (it guesses 0.5 % of the rows) nor match to
 * an index: at national scale the first page of ACTIVE licences read 45 ms and of SUSPENDED ones 340–490 ms, against
 * under 1 ms now.
 */
export function licenseStatusCondition(statuses: readonly LicenseStatus[], date: string, p: SqlParams, alias = 'l'): string {
  const branches = licenseStatusBranches(statuses, date, p, alias);
  return branches ? `(${branches[0]} OR ${branches[1]})` : 'false';
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
  const exists = `EXISTS (SELECT 1 FROM license l WHERE ${conds.join(' AND ')})`;
  if (!types?.length) return exists;
  // Only the kinds that may hold these types (issuance checks it): the list then walks those kinds' index in name order
  // instead of every entity (game points with a certificate in force at national scale: a page 2–5 s → 30 ms, with its count 3.4 → 0.3 s).
  const kinds = [...new Set(LICENSE_TYPES.filter((t) => types.includes(t.code)).flatMap((t) => t.entityKinds))];
  // One kind is written `=`, so that the (kind, status, name_sort) index gives the page's order.
  const kind = kinds.length === 1 ? `e.kind = ${p.add(kinds[0])}` : `e.kind = ANY(${p.add(kinds, 'text[]')})`;
  return `(${kind} AND ${exists})`;
}
