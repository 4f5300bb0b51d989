import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { AdministrativeUnit, MappingKind, toAdministrativeUnit, UnitRow } from './admin-unit.types';

const UNIT_COLUMNS = 'version, code, level, name, full_name, name_en, unit_type, parent_code, province_code';

/** Key of a unit: "<version>:<code>". Units are public reference data: no jurisdiction applies. */
export function createUnitLoaders(manager: EntityManager) {
  const byKey = new DataLoader<string, AdministrativeUnit | null>(async (keys) => {
    const rows = (await manager.query(
      `SELECT ${UNIT_COLUMNS} FROM administrative_unit
        WHERE (version::text || ':' || code) = ANY($1::text[])`,
      [keys],
    )) as UnitRow[];
    const map = new Map(rows.map((r) => [`${r.version}:${r.code}`, toAdministrativeUnit(r)]));
    return keys.map((k) => map.get(k) ?? null);
  });
  const children = new DataLoader<string, AdministrativeUnit[]>(async (keys) => {
    const rows = (await manager.query(
      `SELECT ${UNIT_COLUMNS} FROM administrative_unit
        WHERE (version::text || ':' || parent_code) = ANY($1::text[]) ORDER BY code`,
      [keys],
    )) as UnitRow[];
    return keys.map((k) => rows.filter((r) => `${r.version}:${r.parent_code}` === k).map(toAdministrativeUnit));
  });
  /** 2024 code -> 2025 units it went into. */
  const successors = new DataLoader<string, { unit: AdministrativeUnit; kind: MappingKind }[]>(async (codes) => {
    const rows = (await manager.query(
      `SELECT m.old_code, m.kind, u.version, u.code, u.level, u.name, u.full_name, u.name_en, u.unit_type, u.parent_code, u.province_code
         FROM administrative_unit_mapping m JOIN administrative_unit u ON u.version = m.new_version AND u.code = m.new_code
        WHERE m.old_code = ANY($1::text[]) ORDER BY m.new_code`,
      [codes],
    )) as (UnitRow & { old_code: string; kind: MappingKind })[];
    return codes.map((c) => rows.filter((r) => r.old_code === c).map((r) => ({ unit: toAdministrativeUnit(r), kind: r.kind })));
  });
  return { byKey, children, successors };
}
export type UnitLoaders = ReturnType<typeof createUnitLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    units: UnitLoaders;
  }
}
