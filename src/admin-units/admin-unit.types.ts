import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node';

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
}
registerEnumType(UnitLevel, {
  name: 'AdministrativeUnitLevel',
  description: 'Tier of an administrative unit (cấp hành chính).',
  valuesConfig: {
    PROVINCE: { description: 'Province or centrally-run city (cấp tỉnh).' },
    DISTRICT: { description: 'District, town or provincial city (cấp huyện); abolished 1 Jul 2025.' },
    WARD: { description: 'Commune-level unit: ward, commune, township or special zone (cấp xã).' },
  },
});

export enum UnitStructure {
  THREE_TIER_2024 = 'THREE_TIER_2024',
  TWO_TIER_2025 = 'TWO_TIER_2025',
}
registerEnumType(UnitStructure, {
  name: 'AdministrativeStructure',
  description: 'Which official list of administrative units a code belongs to; the same code can mean different units in each.',
  valuesConfig: {
    THREE_TIER_2024: { description: 'Province–district–commune, valid until 30 Jun 2025 (63 provinces, 696 districts, 10,035 communes).' },
    TWO_TIER_2025: { description: 'Province–commune, from 1 Jul 2025 (Decision 19/2025/QĐ-TTg: 34 provinces, 3,321 communes).' },
  },
});

export const structureOfVersion = (v: number): UnitStructure => (v === 2024 ? UnitStructure.THREE_TIER_2024 : UnitStructure.TWO_TIER_2025);
export const versionOfStructure = (s: UnitStructure): 2024 | 2025 => (s === UnitStructure.THREE_TIER_2024 ? 2024 : 2025);

/** A row of `administrative_unit`. */
export interface UnitRow {
  version: number;
  code: string;
  level: UnitLevel;
  name: string;
  full_name: string;
  name_en: string;
  unit_type: string;
  parent_code: string | null;
  province_code: string;
}

export enum MappingKind {
  FULL = 'full',
  PARTIAL = 'partial',
}
registerEnumType(MappingKind, {
  name: 'UnitMappingKind',
  description: 'How an old (2024) unit went into a new (2025) one.',
  valuesConfig: {
    FULL: { description: 'The whole old unit became part of the new unit.' },
    PARTIAL: { description: 'Only part of the old unit went to the new unit; an address there cannot be placed without more detail.' },
  },
});

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
  row!: UnitRow;
}

@ObjectType('UnitSuccession', { description: 'Where an old (2024) unit went on 1 Jul 2025.' })
export class UnitSuccession {
  @Field(() => AdministrativeUnit, { description: 'The new (2025) unit.' })
  unit!: AdministrativeUnit;

  @Field(() => MappingKind, { description: 'Whether the whole old unit or only part of it went there.' })
  kind!: MappingKind;
}

export function toAdministrativeUnit(row: UnitRow): AdministrativeUnit {
  const u = new AdministrativeUnit();
  u.id = unitGlobalId(row.version, row.code);
  u.code = row.code;
  u.name = row.name;
  u.fullName = row.full_name;
  u.nameEn = row.name_en;
  u.type = row.unit_type;
  u.level = row.level;
  u.structure = structureOfVersion(row.version);
  u.row = row;
  return u;
}

export const unitGlobalId = (version: number, code: string) => toGlobalId('AdministrativeUnit', `${version}:${code}`);
