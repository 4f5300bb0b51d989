import type { EntityManager } from 'typeorm';
import { MappingKind, UnitLevel } from '../admin-units/admin-unit.enums';
import { AdministrativeUnitMappingRecord, AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { bulkUpsert } from '../graphql/sql';
import { readReferenceCsv as readCsv } from './provinces';

/** Expected sizes of the official lists (data/SOURCE.md beside this file); a seed that does not reach them fails loudly. */
export const UNIT_COUNTS = { 2024: { PROVINCE: 63, DISTRICT: 696, WARD: 10035 }, 2025: { PROVINCE: 34, WARD: 3321 } } as const;

const unit = (version: number, level: UnitLevel, r: Record<string, string>, parent: string | null): AdministrativeUnitRecord => ({
  version,
  code: r.code,
  level,
  name: r.name,
  fullName: r.full_name,
  nameEn: r.name_en,
  unitType: r.type,
  unitTypeEn: r.type_en,
  parentCode: parent,
  provinceCode: r.province_code ?? r.code,
});

/** Loads both structures and the 2025 mapping; idempotent (upserts), a few hundred milliseconds. */
export async function seedAdministrativeUnits(manager: EntityManager): Promise<void> {
  // One statement: the parents' foreign keys are checked at its end, when every level is in.
  await bulkUpsert(
    manager,
    AdministrativeUnitRecord,
    [
      ...readCsv('provinces-2024.csv').map((r) => unit(2024, UnitLevel.PROVINCE, r, null)),
      ...readCsv('districts-2024.csv').map((r) => unit(2024, UnitLevel.DISTRICT, r, r.province_code)),
      ...readCsv('wards-2024.csv').map((r) => unit(2024, UnitLevel.WARD, r, r.district_code)),
      ...readCsv('provinces-2025.csv').map((r) => unit(2025, UnitLevel.PROVINCE, r, null)),
      ...readCsv('wards-2025.csv').map((r) => unit(2025, UnitLevel.WARD, r, r.province_code)),
    ],
    ['version', 'code'],
  );

  const mappings: Omit<AdministrativeUnitMappingRecord, 'newUnit'>[] = [
    ...readCsv('province-mapping-2025.csv').map((r) => ({
      level: UnitLevel.PROVINCE,
      oldCode: r.old_province_code,
      oldName: r.old_province_name,
      newVersion: 2025,
      newCode: r.new_province_code,
      kind: r.merge_type as MappingKind,
    })),
    ...readCsv('ward-mapping-2025.csv').map((r) => ({
      level: UnitLevel.WARD,
      oldCode: r.old_ward_code,
      oldName: r.old_ward_name,
      newVersion: 2025,
      newCode: r.new_ward_code,
      kind: r.merge_type as MappingKind,
    })),
  ];
  await bulkUpsert(manager, AdministrativeUnitMappingRecord, mappings, ['oldCode', 'newCode']);

  const counts = (await manager.query(`SELECT version, level, count(*)::int AS n FROM administrative_unit GROUP BY version, level`)) as {
    version: number;
    level: string;
    n: number;
  }[];
  for (const [version, levels] of Object.entries(UNIT_COUNTS)) {
    for (const [level, n] of Object.entries(levels)) {
      const got = counts.find((c) => String(c.version) === version && c.level === level)?.n;
      if (got !== n) throw new Error(`administrative units ${version} ${level}: expected ${n}, loaded ${got}`);
    }
  }
}

/** True when the reference lists are already complete (so a restart skips the seed). */
export async function referenceDataPresent(manager: EntityManager): Promise<boolean> {
  const [r] = (await manager.query(
    `SELECT (SELECT count(*) FROM administrative_unit)::int AS units,
            (SELECT count(*) FROM administrative_unit_mapping)::int AS mappings,
            (SELECT count(*) FROM authority_function)::int AS authorities,
            (SELECT count(*) FROM license_type)::int AS types`,
  )) as { units: number; mappings: number; authorities: number; types: number }[];
  return r.units === 63 + 696 + 10035 + 34 + 3321 && r.mappings > 10000 && r.authorities > 0 && r.types > 0;
}
