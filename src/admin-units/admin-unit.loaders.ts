import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupBy } from '../graphql/batch';
import { columnsOf } from '../graphql/sql';
import { MappingKind } from './admin-unit.enums';
import { AdministrativeUnit, toAdministrativeUnit, UnitKey, unitKeyText } from './admin-unit.types';
import { AdministrativeUnitMappingRecord, AdministrativeUnitRecord } from './administrative-unit.entity';

/**
 * Units whose (version, `column`) is one of the keys: `IN (SELECT * FROM unnest(…))`, which the primary key (or the
 * parent index) serves. Hand-written: the loaders run under every address and unit field of a page.
 */
const unitsWhere = (manager: EntityManager, column: 'code' | 'parent_code', keys: readonly UnitKey[]) =>
  manager.query(
    `SELECT ${columnsOf(manager, AdministrativeUnitRecord, 'u')} FROM administrative_unit u
      WHERE (u.version, u.${column}) IN (SELECT * FROM unnest($1::smallint[], $2::text[])) ORDER BY u.code`,
    [keys.map((k) => k.version), keys.map((k) => k.code)],
  ) as Promise<AdministrativeUnitRecord[]>;

/** Units are public reference data: no jurisdiction applies. */
export function createUnitLoaders(manager: EntityManager) {
  const byKey = new DataLoader<UnitKey, AdministrativeUnit | null, string>(
    async (keys) => {
      const rows = await unitsWhere(manager, 'code', keys);
      const map = new Map(rows.map((r) => [unitKeyText(r), toAdministrativeUnit(r)]));
      return keys.map((k) => map.get(unitKeyText(k)) ?? null);
    },
    { cacheKeyFn: unitKeyText },
  );
  /** The children of a unit, by the unit's key. */
  const children = new DataLoader<UnitKey, AdministrativeUnit[], string>(
    async (keys) => {
      const rows = await unitsWhere(manager, 'parent_code', keys);
      const byParent = groupBy(rows, (r) => unitKeyText({ version: r.version, code: r.parentCode! }));
      return keys.map((k) => (byParent.get(unitKeyText(k)) ?? []).map(toAdministrativeUnit));
    },
    { cacheKeyFn: unitKeyText },
  );
  /** 2024 code -> 2025 units it went into. */
  const successors = new DataLoader<string, { unit: AdministrativeUnit; kind: MappingKind }[]>(async (codes) => {
    const rows = await manager
      .createQueryBuilder(AdministrativeUnitMappingRecord, 'm')
      .innerJoinAndSelect('m.newUnit', 'u')
      .where('m.oldCode = ANY(:codes::text[])', { codes })
      .orderBy('m.newCode')
      .getMany();
    const byOld = groupBy(rows, (r) => r.oldCode);
    return codes.map((c) => (byOld.get(c) ?? []).map((r) => ({ unit: toAdministrativeUnit(r.newUnit!), kind: r.kind })));
  });
  return { byKey, children, successors };
}
export type UnitLoaders = ReturnType<typeof createUnitLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    units: UnitLoaders;
  }
}
