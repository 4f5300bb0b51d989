import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { projectRoot } from '../config';

const DATA_DIR = path.join(projectRoot, 'src', 'reference', 'data');

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Expected sizes of the official lists (data/SOURCE.md beside this file); a seed that does not reach them fails loudly. */
export const UNIT_COUNTS = { 2024: { PROVINCE: 63, DISTRICT: 696, WARD: 10035 }, 2025: { PROVINCE: 34, WARD: 3321 } } as const;

interface UnitInsert {
  version: number;
  code: string;
  level: string;
  name: string;
  full_name: string;
  name_en: string;
  unit_type: string;
  unit_type_en: string;
  parent_code: string | null;
  province_code: string;
}

async function upsertUnits(manager: EntityManager, rows: UnitInsert[]): Promise<void> {
  const col = (k: keyof UnitInsert) => rows.map((r) => r[k]);
  await manager.query(
    `INSERT INTO administrative_unit (version, code, level, name, full_name, name_en, unit_type, unit_type_en, parent_code, province_code)
     SELECT * FROM unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
     ON CONFLICT (version, code) DO UPDATE SET level = EXCLUDED.level, name = EXCLUDED.name, full_name = EXCLUDED.full_name,
       name_en = EXCLUDED.name_en, unit_type = EXCLUDED.unit_type, unit_type_en = EXCLUDED.unit_type_en,
       parent_code = EXCLUDED.parent_code, province_code = EXCLUDED.province_code`,
    [
      col('version'),
      col('code'),
      col('level'),
      col('name'),
      col('full_name'),
      col('name_en'),
      col('unit_type'),
      col('unit_type_en'),
      col('parent_code'),
      col('province_code'),
    ],
  );
}

const unit = (version: number, level: string, r: Record<string, string>, parent: string | null): UnitInsert => ({
  version,
  code: r.code,
  level,
  name: r.name,
  full_name: r.full_name,
  name_en: r.name_en,
  unit_type: r.type,
  unit_type_en: r.type_en,
  parent_code: parent,
  province_code: r.province_code ?? r.code,
});

/** Loads both structures and the 2025 mapping; idempotent (upserts), a few hundred milliseconds. */
export async function seedAdministrativeUnits(manager: EntityManager): Promise<void> {
  await upsertUnits(
    manager,
    readCsv('provinces-2024.csv').map((r) => unit(2024, 'PROVINCE', r, null)),
  );
  await upsertUnits(
    manager,
    readCsv('districts-2024.csv').map((r) => unit(2024, 'DISTRICT', r, r.province_code)),
  );
  await upsertUnits(
    manager,
    readCsv('wards-2024.csv').map((r) => unit(2024, 'WARD', r, r.district_code)),
  );
  await upsertUnits(
    manager,
    readCsv('provinces-2025.csv').map((r) => unit(2025, 'PROVINCE', r, null)),
  );
  await upsertUnits(
    manager,
    readCsv('wards-2025.csv').map((r) => unit(2025, 'WARD', r, r.province_code)),
  );

  const mappings = [
    ...readCsv('province-mapping-2025.csv').map((r) => ({
      level: 'PROVINCE',
      old_code: r.old_province_code,
      old_name: r.old_province_name,
      new_code: r.new_province_code,
      kind: r.merge_type,
    })),
    ...readCsv('ward-mapping-2025.csv').map((r) => ({
      level: 'WARD',
      old_code: r.old_ward_code,
      old_name: r.old_ward_name,
      new_code: r.new_ward_code,
      kind: r.merge_type,
    })),
  ];
  const col = (k: keyof (typeof mappings)[number]) => mappings.map((m) => m[k]);
  await manager.query(
    `INSERT INTO administrative_unit_mapping (level, old_code, old_name, new_code, kind)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (old_code, new_code) DO UPDATE SET level = EXCLUDED.level, old_name = EXCLUDED.old_name, kind = EXCLUDED.kind`,
    [col('level'), col('old_code'), col('old_name'), col('new_code'), col('kind')],
  );

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
