import type { DataSource } from 'typeorm';
import { entityVisibility } from '../auth/jurisdiction';
import { Role } from '../auth/roles';
import type { Viewer } from '../auth/viewer';
import type { EntityKind } from '../entities/entity-kind';
import type { RequestContext } from '../graphql/context';
import { BadInput, NotFound } from '../graphql/errors';
import type { SqlParams } from '../graphql/sql';
import type { LicenseType } from '../licenses/license.enums';
import { StatisticsBatch, type StatisticsSql } from './statistics.batch';
import { StatisticsUnitLevel, UnmappedUnit } from './statistics.enums';

/** Scope letters of the licence rollups: the whole registry, a 2024 district, a 2025 commune. */
export type ScopeLevel = 'P' | 'D' | 'C';
const LEVEL_OF: Record<StatisticsUnitLevel, ScopeLevel> = { PROVINCE: 'P', DISTRICT: 'D', COMMUNE: 'C' };
const UNIT_LEVEL_OF: Record<ScopeLevel, StatisticsUnitLevel> = {
  P: StatisticsUnitLevel.PROVINCE,
  D: StatisticsUnitLevel.DISTRICT,
  C: StatisticsUnitLevel.COMMUNE,
};

/** The units the registry's figures are told in: its 2025 province, the 2024 districts and the 2025 communes in it. */
export interface RegistryArea {
  province: { code: string; name: string };
  districts: Map<string, string>;
  communes: Map<string, string>;
}

const areas = new WeakMap<DataSource, Map<string, Promise<RegistryArea>>>();

/**
 * The registry's area, from REGISTRY_PROVINCE_CODE (a 2024 code is taken to its 2025 province, as registerEntity does
 * for 2025 addresses): reference data, read once per process and database.
 */
export function registryArea(ctx: Pick<RequestContext, 'dataSource' | 'config'>): Promise<RegistryArea> {
  let byCode = areas.get(ctx.dataSource);
  if (!byCode) areas.set(ctx.dataSource, (byCode = new Map()));
  const code = ctx.config.provinceCode;
  let area = byCode.get(code);
  if (!area) {
    area = ctx.dataSource
      .query(
        `WITH p AS (SELECT coalesce((SELECT min(new_code) FROM administrative_unit_mapping WHERE level = 'PROVINCE' AND old_code = $1), $1) AS code)
         SELECT u.version, u.level, u.code, u.full_name AS name
           FROM administrative_unit u, p
          WHERE (u.version = 2025 AND u.code = p.code)
             OR (u.version = 2025 AND u.level = 'WARD' AND u.province_code = p.code)
             OR (u.version = 2024 AND u.level = 'DISTRICT' AND u.province_code IN
                  (SELECT m.old_code FROM administrative_unit_mapping m WHERE m.level = 'PROVINCE' AND m.new_code = p.code))`,
        [code],
      )
      .then((rows: { version: number; level: string; code: string; name: string }[]) => {
        const province = rows.find((r) => r.level === 'PROVINCE');
        if (!province) throw new Error(`the registry's province ${code} has no 2025 province in the reference data`);
        return {
          province: { code: province.code, name: province.name },
          districts: new Map(rows.filter((r) => r.level === 'DISTRICT').map((r) => [r.code, r.name])),
          communes: new Map(rows.filter((r) => r.level === 'WARD').map((r) => [r.code, r.name])),
        };
      });
    area.catch(() => byCode.delete(code));
    byCode.set(code, area);
  }
  return area;
}

/** What a `statistics` request covers: who asks, which unit (the whole registry, a district or a commune), which kinds. */
export interface StatisticsScope {
  viewer: Viewer;
  level: ScopeLevel;
  /** '' for the whole registry. */
  unitCode: string;
  kinds: EntityKind[] | null;
  licenseTypes: LicenseType[] | null;
  area: RegistryArea;
  /** The request's reads of figures: one statement for all of them, answers kept by snapshot (statistics.batch.ts). */
  sql: StatisticsSql;
}

/**
 * The rollup unit of a viewer's jurisdiction (src/auth/jurisdiction.ts): a district office its 2024 district ('D'), a
 * commune office its 2025 commune ('C'), everyone else the registry ('P'); null for a local office without a unit.
 */
export function jurisdictionRollupUnit(v: Viewer): { scope: ScopeLevel; code: string } | null {
  if (v.role !== Role.LOCAL_OFFICER) return { scope: 'P', code: '' };
  if (!v.jurisdiction) return null;
  return { scope: v.jurisdiction.version === 2024 ? 'D' : 'C', code: v.jurisdiction.code };
}

/**
 * The scope of a request, as `entities` scopes a viewer (src/auth/jurisdiction.ts): a district office its 2024 district,
 * a commune office its 2025 commune, the Department, national systems and PUBLIC the registry. A unit asked for narrows
 * it; a unit outside it — or not a unit of the registry at all — is NOT_FOUND, the same answer for both.
 */
export async function resolveScope(
  ctx: RequestContext,
  filter: { unitCode?: string | null; kinds?: EntityKind[] | null; licenseTypes?: LicenseType[] | null },
): Promise<StatisticsScope> {
  const area = await registryArea(ctx);
  const v = ctx.viewer;
  const own = jurisdictionRollupUnit(v);
  if (!own) throw new NotFound('AdministrativeUnit', filter.unitCode ?? '');
  let level: ScopeLevel = own.scope;
  let unitCode = own.code;
  const asked = filter.unitCode;
  if (asked != null) {
    const askedLevel: ScopeLevel | null =
      asked === area.province.code ? 'P' : area.districts.has(asked) ? 'D' : area.communes.has(asked) ? 'C' : null;
    const within = askedLevel !== null && (level === 'P' || (askedLevel === level && asked === unitCode));
    if (!within) throw new NotFound('AdministrativeUnit', asked);
    if (level === 'P') {
      level = askedLevel;
      unitCode = askedLevel === 'P' ? '' : asked;
    }
  }
  return {
    viewer: v,
    level,
    unitCode,
    kinds: filter.kinds?.length ? filter.kinds : null,
    licenseTypes: filter.licenseTypes?.length ? filter.licenseTypes : null,
    area,
    sql: new StatisticsBatch(ctx.manager),
  };
}

/** The scope's unit as a name (the whole registry: its province). */
export function scopeUnit(scope: StatisticsScope): { level: StatisticsUnitLevel; code: string; name: string } {
  const { area } = scope;
  if (scope.level === 'P') return { level: StatisticsUnitLevel.PROVINCE, code: area.province.code, name: area.province.name };
  const names = scope.level === 'D' ? area.districts : area.communes;
  return { level: UNIT_LEVEL_OF[scope.level], code: scope.unitCode, name: names.get(scope.unitCode) ?? scope.unitCode };
}

/** Conditions on `statistics_entity_count` (alias c): the viewer's jurisdiction as for `entities`, then the scope's unit. */
export function entityScopeConditions(scope: StatisticsScope, alias: string, p: SqlParams): string[] {
  const where = [entityVisibility(scope.viewer, alias, p)];
  if (scope.level === 'D') where.push(`${alias}.district_code = ${p.add(scope.unitCode)}`);
  if (scope.level === 'C') where.push(`${alias}.commune_code_2025 = ${p.add(scope.unitCode)}`);
  if (scope.kinds) where.push(`${alias}.kind = ANY(${p.add(scope.kinds, 'text[]')})`);
  return where;
}

/** Conditions on `regulated_entity` (alias e) for the scope, for reads of licence rows. */
export function holderScopeConditions(scope: StatisticsScope, alias: string, p: SqlParams): string[] {
  return entityScopeConditions(scope, alias, p);
}

/**
 * Which rows of a licence rollup hold the scope's figures, grouped by unit at `groupLevel` or not: the scope letter and
 * the unit codes. The whole registry can be told by any level; a district or a commune only at its own level (the
 * rollups keep a district's licences per district, a commune's per commune).
 */
export function rollupUnits(scope: StatisticsScope, groupLevel: StatisticsUnitLevel | null): { level: ScopeLevel; codes: string[] } {
  if (groupLevel === null) return { level: scope.level, codes: [scope.unitCode] };
  const wanted = LEVEL_OF[groupLevel];
  if (scope.level === 'P') {
    if (wanted === 'P') return { level: 'P', codes: [''] };
    return { level: wanted, codes: ['', ...(wanted === 'D' ? scope.area.districts : scope.area.communes).keys()] };
  }
  if (wanted !== scope.level) {
    throw BadInput.field(
      'unitLevel',
      `licence figures of a ${scope.level === 'D' ? 'district (2024)' : 'commune (2025)'} are grouped by ${UNIT_LEVEL_OF[scope.level]} only`,
    );
  }
  return { level: scope.level, codes: [scope.unitCode] };
}

/** The unit of a rollup row's code at a scope letter: its name, or why it has none. */
export function unitOfCode(
  scope: StatisticsScope,
  level: ScopeLevel,
  code: string,
): { unitCode: string | null; unitName: string | null; unmapped: UnmappedUnit | null } {
  if (level === 'P') return { unitCode: scope.area.province.code, unitName: scope.area.province.name, unmapped: null };
  if (code === '')
    return { unitCode: null, unitName: null, unmapped: level === 'D' ? UnmappedUnit.RECORDED_IN_2025 : UnmappedUnit.SPLIT_2024_WARD };
  const names = level === 'D' ? scope.area.districts : scope.area.communes;
  return { unitCode: code, unitName: names.get(code) ?? null, unmapped: null };
}
