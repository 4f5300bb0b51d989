import { registerEnumType } from 'type-graphql';

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
