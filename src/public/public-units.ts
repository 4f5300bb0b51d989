import type { EntityManager } from 'typeorm';
import { PublicBadInput } from './public-errors';
import { SqlParams } from '../graphql/sql';

/**
 * The unit a public list is filtered by, resolved through the official 2025 mapping (domain.md §2) so that one filter
 * finds a point whichever structure its address was recorded in:
 * - a 2024 district (3 digits): points recorded in it, and points recorded with a 2025 commune that lies wholly inside
 *   it (every ward that went into the commune was one of the district's);
 * - a 2025 commune (5 digits, a code of the 2025 list): points recorded in it, and points recorded with a 2024 ward that
 *   went whole into it (`full`); a ward split between communes (`partial`) is never guessed into one;
 * - a 2024 ward (5 digits that are not a 2025 commune's code): points recorded in it, and points recorded with a 2025
 *   commune formed from that ward alone.
 * A 5-digit code that is both a 2024 ward and a 2025 commune (2025 communes often kept one old ward's code) means the
 * 2025 commune: the current structure is the one the public knows.
 */
export interface UnitFilter {
  code: string;
  level: 'DISTRICT_2024' | 'COMMUNE_2025' | 'WARD_2024';
  /** Official full name, e.g. "Thành phố Đồng Xoài", "Phường Đồng Xoài". */
  fullName: string;
  /** 2025 communes whose addresses count under a 2024 unit (lying wholly inside it). */
  communes2025: string[];
}

export const UNIT_CODE = /^(\d{3}|\d{5})$/;

/**
 * Administrative units and their mapping are reference data (written by migrations and the seeds, never by the API), so
 * what a code resolves to is kept per database for the life of the process: the public page asks it on every request.
 * Only codes that exist are kept, so the cache is bounded by the unit lists.
 */
const resolved = new WeakMap<object, Map<string, UnitFilter>>();
const unitLists = new WeakMap<object, Map<string, ReturnType<typeof loadRegistryUnits>>>();

function cacheOf<V>(caches: WeakMap<object, Map<string, V>>, manager: EntityManager): Map<string, V> {
  let cache = caches.get(manager.connection);
  if (!cache) caches.set(manager.connection, (cache = new Map()));
  return cache;
}

export async function resolveUnit(manager: EntityManager, code: string, field: string): Promise<UnitFilter> {
  const cache = cacheOf(resolved, manager);
  const known = cache.get(code);
  if (known) return known;
  const unit = await lookUpUnit(manager, code, field);
  cache.set(code, unit);
  return unit;
}

async function lookUpUnit(manager: EntityManager, code: string, field: string): Promise<UnitFilter> {
  if (!UNIT_CODE.test(code)) {
    throw new PublicBadInput(
      field,
      'is not the code of a 2024 district (3 digits) or of a commune or ward (5 digits)',
      `Mã địa bàn “${code.slice(0, 20)}” không hợp lệ: mã huyện có 3 chữ số, mã xã, phường có 5 chữ số.`,
    );
  }
  const units = (await manager.query(
    `SELECT version, level, full_name AS "fullName" FROM administrative_unit
      WHERE code = $1 AND ((version = 2024 AND level IN ('DISTRICT', 'WARD')) OR (version = 2025 AND level = 'WARD'))
      ORDER BY version DESC`,
    [code],
  )) as { version: number; level: string; fullName: string }[];
  const unit = units[0];
  if (!unit)
    throw new PublicBadInput(
      field,
      `no district, commune or ward has the code ${code}`,
      `Không có huyện, xã hoặc phường nào mang mã ${code}.`,
    );
  if (unit.version === 2025) return { code, level: 'COMMUNE_2025', fullName: unit.fullName, communes2025: [] };
  // 2025 communes lying wholly inside the 2024 unit: every mapped ward of the commune belongs to it.
  const inside =
    unit.level === 'DISTRICT'
      ? `coalesce(w.parent_code = $1, false)`
      : // a ward: the commune was formed from this ward alone
        `m.old_code = $1`;
  const communes = (await manager.query(
    `SELECT m.new_code AS code FROM administrative_unit_mapping m
       LEFT JOIN administrative_unit w ON w.version = 2024 AND w.code = m.old_code
      WHERE m.level = 'WARD' AND m.new_code IN (
        SELECT m2.new_code FROM administrative_unit_mapping m2 JOIN administrative_unit w2 ON w2.version = 2024 AND w2.code = m2.old_code
         WHERE m2.level = 'WARD' AND ${unit.level === 'DISTRICT' ? 'w2.parent_code = $1' : 'm2.old_code = $1'})
      GROUP BY m.new_code HAVING bool_and(${inside}) ORDER BY 1`,
    [code],
  )) as { code: string }[];
  return {
    code,
    level: unit.level === 'DISTRICT' ? 'DISTRICT_2024' : 'WARD_2024',
    fullName: unit.fullName,
    communes2025: communes.map((c) => c.code),
  };
}

/** The SQL condition of a unit filter over `regulated_entity` aliased `e`. */
export function unitCondition(u: UnitFilter, p: SqlParams): string {
  const code = p.add(u.code);
  const later = u.communes2025.length ? ` OR (e.unit_version = 2025 AND e.ward_code = ANY(${p.add(u.communes2025, 'text[]')}))` : '';
  switch (u.level) {
    case 'COMMUNE_2025':
      return `e.commune_code_2025 = ${code}`;
    case 'DISTRICT_2024':
      return `(e.district_code = ${code}${later})`;
    case 'WARD_2024':
      return `((e.unit_version = 2024 AND e.ward_code = ${code})${later})`;
  }
}

export interface UnitOption {
  code: string;
  fullName: string;
}

/**
 * The units a person can filter the registry's lists by: the 2025 communes of the registry's province and the 2024
 * districts of the province(s) it was formed from. `provinceCode` may be either structure's code: a 2025 province's
 * predecessors come from the official province mapping; a 2024 province's successor likewise.
 */
export function registryUnits(manager: EntityManager, provinceCode: string): ReturnType<typeof loadRegistryUnits> {
  const cache = cacheOf(unitLists, manager);
  let units = cache.get(provinceCode);
  if (!units) {
    units = loadRegistryUnits(manager, provinceCode);
    cache.set(provinceCode, units);
    // A failed read (the database away for a moment) is not kept.
    units.catch(() => cache.delete(provinceCode));
  }
  return units;
}

async function loadRegistryUnits(
  manager: EntityManager,
  provinceCode: string,
): Promise<{ communes: UnitOption[]; districts: UnitOption[]; provinceName: string | null }> {
  const rows = (await manager.query(
    `WITH p2025 AS (
        SELECT code FROM administrative_unit WHERE version = 2025 AND level = 'PROVINCE' AND code = $1
        UNION
        SELECT new_code FROM administrative_unit_mapping
         WHERE level = 'PROVINCE' AND old_code = $1
           AND NOT EXISTS (SELECT 1 FROM administrative_unit WHERE version = 2025 AND level = 'PROVINCE' AND code = $1)),
      p2024 AS (
        SELECT code FROM administrative_unit WHERE version = 2024 AND level = 'PROVINCE' AND code = $1
           AND NOT EXISTS (SELECT 1 FROM administrative_unit WHERE version = 2025 AND level = 'PROVINCE' AND code = $1)
        UNION
        SELECT old_code FROM administrative_unit_mapping WHERE level = 'PROVINCE' AND new_code = $1
           AND EXISTS (SELECT 1 FROM administrative_unit WHERE version = 2025 AND level = 'PROVINCE' AND code = $1))
     SELECT version, level, code, full_name AS "fullName" FROM administrative_unit
      WHERE (version = 2025 AND level = 'WARD' AND parent_code IN (SELECT code FROM p2025))
         OR (version = 2024 AND level = 'DISTRICT' AND parent_code IN (SELECT code FROM p2024))
         OR (version = 2025 AND level = 'PROVINCE' AND code IN (SELECT code FROM p2025))
      ORDER BY version, code`,
    [provinceCode],
  )) as { version: number; level: string; code: string; fullName: string }[];
  const byName = (a: UnitOption, b: UnitOption) => a.fullName.localeCompare(b.fullName, 'vi');
  return {
    communes: rows
      .filter((r) => r.version === 2025 && r.level === 'WARD')
      .map(({ code, fullName }) => ({ code, fullName }))
      .sort(byName),
    districts: rows
      .filter((r) => r.version === 2024)
      .map(({ code, fullName }) => ({ code, fullName }))
      .sort(byName),
    provinceName: rows.find((r) => r.level === 'PROVINCE')?.fullName ?? null,
  };
}
