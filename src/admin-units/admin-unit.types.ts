import { Field, ObjectType } from 'type-graphql';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node';
import { MappingKind, structureOfVersion, UnitLevel, UnitStructure } from './admin-unit.enums';
import type { AdministrativeUnitRecord } from './administrative-unit.entity';

@ObjectType('AdministrativeUnit', {
  implements: Node,
  description: 'An official administrative unit (đơn vị hành chính) of one structure, with its official code.',
})
export class AdministrativeUnit extends Node {
  @Field({ description: 'Official code (mã đơn vị hành chính): 2 digits province, 3 district, 5 commune.' })
  code!: string;

  @Field({ description: 'Short name, e.g. "Đồng Xoài".' })
  name!: string;

  @Field({ description: 'Full name with its type, e.g. "Thành phố Đồng Xoài".' })
  fullName!: string;

  @Field({ description: 'Name without diacritics as published upstream, e.g. "Dong Xoai".' })
  nameEn!: string;

  @Field({ description: 'Vietnamese unit type, e.g. Tỉnh, Huyện, Thị xã, Phường, Xã, Thị trấn, Đặc khu.' })
  type!: string;

  @Field(() => UnitLevel, { description: 'Tier of the unit.' })
  level!: UnitLevel;

  @Field(() => UnitStructure, { description: 'The structure (list version) this code belongs to.' })
  structure!: UnitStructure;

  /** Not a GraphQL field: the row behind the type. */
  row!: AdministrativeUnitRecord;
}

@ObjectType('UnitSuccession', { description: 'Where an old (2024) unit went on 1 Jul 2025.' })
export class UnitSuccession {
  @Field(() => AdministrativeUnit, { description: 'The new (2025) unit.' })
  unit!: AdministrativeUnit;

  @Field(() => MappingKind, { description: 'Whether the whole old unit or only part of it went there.' })
  kind!: MappingKind;
}

export function toAdministrativeUnit(row: AdministrativeUnitRecord): AdministrativeUnit {
  const u = new AdministrativeUnit();
  u.id = unitGlobalId(row.version, row.code);
  u.code = row.code;
  u.name = row.name;
  u.fullName = row.fullName;
  u.nameEn = row.nameEn;
  u.type = row.unitType;
  u.level = row.level;
  u.structure = structureOfVersion(row.version);
  u.row = row;
  return u;
}

/** A unit's primary key: the structure's version and the official code (the same code can mean two units). */
export interface UnitKey {
  version: number;
  code: string;
}
/** The one spelling of a unit key, "<version>:<code>": in global ids and as the loaders' cache key. */
export const unitKeyText = (k: UnitKey): string => `${k.version}:${k.code}`;

export const unitGlobalId = (version: number, code: string) => toGlobalId('AdministrativeUnit', unitKeyText({ version, code }));

/** The unit key inside an AdministrativeUnit global id; null when it cannot name a unit. */
export function unitKeyOf(key: string): UnitKey | null {
  const m = /^(2024|2025):(\d{2}|\d{3}|\d{5})$/.exec(key);
  return m ? { version: Number(m[1]), code: m[2] } : null;
}
