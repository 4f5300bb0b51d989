import { entityVisibility } from '../auth/jurisdiction';
import { entityKey } from '../entities/regulated-entity.types';
import { ConnectionValue, keysetPage, PageArgs, SortKey } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { SQL_TODAY, todayInVietnam } from '../graphql/dates';
import { columnsOf, likeEscape, SqlParams } from '../graphql/sql';
import { LicenseRecord } from './license.entity';
import { LicenseStatus, LicenseType } from './license.enums';
import type { LicenseFilter } from './license.inputs';
import { License, LicenseWithStatus, toLicense } from './license.types';

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

/** SQL conditions of a licence filter over `license l JOIN regulated_entity e` (jurisdiction not included). */
export function licenseConditions(f: LicenseFilter, p: SqlParams): string[] {
  const where: string[] = [];
  if (f.types?.length) where.push(`l.license_type = ANY(${p.add(f.types, 'text[]')})`);
  if (f.statuses?.length) {
    // EXPIRED and every other status are judged against the date in SQL: right on any day, no nightly job.
    where.push(`license_status_on(l.id, ${p.add(f.statusOn ?? todayInVietnam(), 'date')}) = ANY(${p.add(f.statuses, 'text[]')})`);
  }
  if (f.districtCode) where.push(`e.district_code = ${p.add(f.districtCode)}`);
  if (f.wardCode) {
    const c = p.add(f.wardCode);
    where.push(`(e.ward_code = ${c} OR e.commune_code_2025 = ${c})`);
  }
  if (f.holderKinds?.length) where.push(`e.kind = ANY(${p.add(f.holderKinds, 'text[]')})`);
  // `!= null`, not truthiness: an empty id is refused as an id, never read as "no filter".
  if (f.holderId != null) where.push(`l.holder_id = ${p.add(entityKey(f.holderId, 'filter.holderId'), 'uuid')}`);
  if (f.expiresBefore) where.push(`l.expires_on < ${p.add(f.expiresBefore, 'date')}`);
  if (f.issuedBetween?.from) where.push(`l.issued_on >= ${p.add(f.issuedBetween.from, 'date')}`);
  if (f.issuedBetween?.to) where.push(`l.issued_on <= ${p.add(f.issuedBetween.to, 'date')}`);
  if (f.revokedBetween) {
    const range = [`ev.license_id = l.id`, `ev.type = 'REVOKED'`];
    if (f.revokedBetween.from) range.push(`ev.effective_on >= ${p.add(f.revokedBetween.from, 'date')}`);
    if (f.revokedBetween.to) range.push(`ev.effective_on <= ${p.add(f.revokedBetween.to, 'date')}`);
    where.push(`EXISTS (SELECT 1 FROM license_event ev WHERE ${range.join(' AND ')})`);
  }
  if (f.search) where.push(`search_normalize(l.number) LIKE '%' || search_normalize(${p.add(likeEscape(f.search))}) || '%'`);
  return where;
}

export async function listLicenses(
  ctx: RequestContext,
  args: { filter?: LicenseFilter | null; orderBy?: { field: LicenseOrderField; direction: 'ASC' | 'DESC' } | null; page: PageArgs },
): Promise<ConnectionValue<License>> {
  const p = new SqlParams();
  const where = [entityVisibility(ctx.viewer, 'e', p), ...licenseConditions(args.filter ?? {}, p)];
  const order = args.orderBy ?? { field: LicenseOrderField.ISSUED_ON, direction: 'DESC' };
  const page = await keysetPage<LicenseWithStatus>(ctx.manager, {
    select: `${columnsOf(ctx.manager, LicenseRecord, 'l')}, license_status_on(l.id, ${SQL_TODAY}) AS "statusToday"`,
    from: 'license l JOIN regulated_entity e ON e.id = l.holder_id',
    where,
    params: p,
    sort: { ...SORTS[order.field], direction: order.direction },
    idColumn: 'l.id',
    page: args.page,
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
  if (statuses?.length) conds.push(`license_status_on(l.id, ${p.add(todayInVietnam(), 'date')}) = ANY(${p.add(statuses, 'text[]')})`);
  return `EXISTS (SELECT 1 FROM license l WHERE ${conds.join(' AND ')})`;
}
