import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { MappingKind, UnitLevel } from './admin-unit.enums';

/**
 * `administrative_unit` as migrations/1764100000000-Foundation.ts creates it: the one description of its rows (the
 * type services and loaders read and write), checked against the database by test/orm-drift.test.ts.
 */
@Entity('administrative_unit')
@Check('administrative_unit_version_check', `version IN (2024, 2025)`)
@Check('administrative_unit_code_check', `code ~ '^[0-9]{2}([0-9]|[0-9]{3})?$'`)
@Check('administrative_unit_level_check', `level IN ('PROVINCE', 'DISTRICT', 'WARD')`)
@Check('administrative_unit_check', `(level = 'PROVINCE') = (parent_code IS NULL)`)
@Index('administrative_unit_parent_idx', ['version', 'parentCode', 'code'])
@Index('administrative_unit_level_idx', ['version', 'level', 'code'])
export class AdministrativeUnitRecord {
  @PrimaryColumn({ name: 'version', type: 'smallint', primaryKeyConstraintName: 'administrative_unit_pkey' })
  version!: number;

  @PrimaryColumn({ name: 'code', type: 'text', primaryKeyConstraintName: 'administrative_unit_pkey' })
  code!: string;

  @Column({ name: 'level', type: 'text' })
  level!: UnitLevel;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'unit_type', type: 'text' })
  unitType!: string;

  @Column({ name: 'unit_type_en', type: 'text' })
  unitTypeEn!: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ name: 'province_code', type: 'text' })
  provinceCode!: string;

  @ManyToOne(() => AdministrativeUnitRecord)
  @JoinColumn([
    { name: 'version', referencedColumnName: 'version', foreignKeyConstraintName: 'administrative_unit_version_parent_code_fkey' },
    { name: 'parent_code', referencedColumnName: 'code' },
  ])
  parent?: Relation<AdministrativeUnitRecord> | null;
}

/** `administrative_unit_mapping`: an old (2024) unit to a new (2025) one; only the new side has a foreign key. */
@Entity('administrative_unit_mapping')
@Check('administrative_unit_mapping_level_check', `level IN ('PROVINCE', 'WARD')`)
@Check('administrative_unit_mapping_new_version_check', `new_version = 2025`)
@Check('administrative_unit_mapping_kind_check', `kind IN ('full', 'partial')`)
@Index('administrative_unit_mapping_new_idx', ['newCode'])
export class AdministrativeUnitMappingRecord {
  @Column({ name: 'level', type: 'text' })
  level!: string;

  @PrimaryColumn({ name: 'old_code', type: 'text', primaryKeyConstraintName: 'administrative_unit_mapping_pkey' })
  oldCode!: string;

  @Column({ name: 'old_name', type: 'text' })
  oldName!: string;

  @Column({ name: 'new_version', type: 'smallint', default: 2025 })
  newVersion!: number;

  @PrimaryColumn({ name: 'new_code', type: 'text', primaryKeyConstraintName: 'administrative_unit_mapping_pkey' })
  newCode!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: MappingKind;

  @ManyToOne(() => AdministrativeUnitRecord)
  @JoinColumn([
    {
      name: 'new_version',
      referencedColumnName: 'version',
      foreignKeyConstraintName: 'administrative_unit_mapping_new_version_new_code_fkey',
    },
    { name: 'new_code', referencedColumnName: 'code' },
  ])
  newUnit?: Relation<AdministrativeUnitRecord>;
}
